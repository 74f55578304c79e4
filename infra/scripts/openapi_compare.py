#!/usr/bin/env python3
"""Compares two OpenAPI documents by what they promise, not how they are written.

Usage: openapi_compare.py BEFORE AFTER [--verbose]

What must match (each difference is printed, and the exit status is 1):
the operations (method and path), each one's tags, operationId and security,
its parameters (name, in, required, schema), its request body (required,
content types, schemas), its responses (status codes, content types, schemas,
headers), and the component schemas those reach. Schemas are compared with
every `$ref` resolved, so moving a type or renaming where it is declared is
no difference, while a changed field, type or requirement is.

What may differ (counted, listed with --verbose, never a failure): the order
of anything, and descriptions, summaries, titles and examples, which readers
see but no client or check relies on.

Python 3 standard library only.
"""

import json
import sys

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Prose: shown to readers, relied on by no client.
PROSE = {"description", "summary", "title", "example", "examples", "externalDocs"}


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


class Doc:
    """A document, with `$ref`s into its components resolved on demand."""

    def __init__(self, raw):
        self.raw = raw
        self.components = raw.get("components", {})
        self.reached = set()

    def lookup(self, ref):
        if not ref.startswith("#/components/"):
            return None
        node = self.components
        for part in ref[len("#/components/"):].split("/"):
            node = node.get(part) if isinstance(node, dict) else None
            if node is None:
                return None
        return node

    def resolve(self, node, stack=()):
        """`node` with every `$ref` replaced by what it names and prose dropped.
        A reference back into a schema being expanded stays a name, so
        recursive types terminate."""
        if isinstance(node, list):
            return [self.resolve(item, stack) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            name = ref.rsplit("/", 1)[-1]
            if ref.startswith("#/components/schemas/"):
                self.reached.add(name)
            if ref in stack:
                return {"$recursive": name}
            target = self.lookup(ref)
            resolved = {"$unresolved": ref} if target is None else self.resolve(target, stack + (ref,))
            # OpenAPI 3.1 lets a reference carry keywords of its own beside it.
            siblings = {k: v for k, v in node.items() if k != "$ref" and k not in PROSE}
            if siblings:
                return {"$ref": resolved, "$with": self.resolve(siblings, stack)}
            return resolved
        out = {}
        for key, value in node.items():
            if key in PROSE:
                continue
            if key == "properties" and isinstance(value, dict):
                # Property names are data here, never prose.
                out[key] = {k: self.resolve(v, stack) for k, v in value.items()}
            else:
                out[key] = self.resolve(value, stack)
        return out


def canon(value):
    """A stable text for a value, so order never counts."""
    if isinstance(value, dict):
        return "{" + ",".join(f"{json.dumps(k)}:{canon(v)}" for k, v in sorted(value.items())) + "}"
    if isinstance(value, list):
        items = [canon(v) for v in value]
        # Lists whose order carries no meaning in a schema or a document.
        return "[" + ",".join(sorted(items)) + "]"
    return json.dumps(value, sort_keys=True)


def operations(raw):
    ops = {}
    for path, item in raw.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method in METHODS:
            if method in item:
                ops[(method.upper(), path)] = (item[method], shared)
    return ops


def parameters(doc, op, shared):
    out = {}
    for param in list(shared) + list(op.get("parameters", [])):
        if "$ref" in param:
            param = doc.lookup(param["$ref"]) or param
        key = f"{param.get('in')}:{param.get('name')}"
        out[key] = {
            "required": bool(param.get("required", False)),
            "schema": doc.resolve(param.get("schema")),
            "style": param.get("style"),
            "explode": param.get("explode"),
            "deprecated": param.get("deprecated", False),
        }
    return out


def content(doc, node):
    return {media: doc.resolve(body.get("schema")) for media, body in (node or {}).items()}


def request_body(doc, op):
    body = op.get("requestBody")
    if body is None:
        return None
    if "$ref" in body:
        body = doc.lookup(body["$ref"]) or body
    return {"required": bool(body.get("required", False)), "content": content(doc, body.get("content"))}


def responses(doc, op):
    out = {}
    for status, response in op.get("responses", {}).items():
        if "$ref" in response:
            response = doc.lookup(response["$ref"]) or response
        headers = {}
        for name, header in (response.get("headers") or {}).items():
            if "$ref" in header:
                header = doc.lookup(header["$ref"]) or header
            headers[name.lower()] = {
                "required": bool(header.get("required", False)),
                "schema": doc.resolve(header.get("schema")),
            }
        out[str(status)] = {"content": content(doc, response.get("content")), "headers": headers}
    return out


def prose(node, at=""):
    """Every piece of prose in `node`, by where it is."""
    found = {}
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{at}/{key}"
            if key in PROSE and not isinstance(value, (dict, list)):
                found[here] = value
            elif key in PROSE:
                found[here] = canon(value)
            else:
                found.update(prose(value, here))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.update(prose(value, f"{at}/{index}"))
    return found


def describe(a, b):
    if a is None:
        return "added"
    if b is None:
        return "removed"
    return "changed"


def compare(before_raw, after_raw, verbose):
    before, after = Doc(before_raw), Doc(after_raw)
    ops_before, ops_after = operations(before_raw), operations(after_raw)
    diffs = []
    aspects = {
        "tags": lambda d, op, sh: sorted(op.get("tags", [])),
        "operationId": lambda d, op, sh: op.get("operationId"),
        "security": lambda d, op, sh: canon(op.get("security")),
        "deprecated": lambda d, op, sh: op.get("deprecated", False),
        "parameters": parameters,
        "bodies": lambda d, op, sh: request_body(d, op),
        "responses": lambda d, op, sh: responses(d, op),
    }
    for key in sorted(set(ops_before) | set(ops_after)):
        name = f"{key[0]} {key[1]}"
        if key not in ops_after:
            diffs.append(f"{name}: operation removed")
            continue
        if key not in ops_before:
            diffs.append(f"{name}: operation added")
            continue
        (op_b, sh_b), (op_a, sh_a) = ops_before[key], ops_after[key]
        for aspect, read in aspects.items():
            vb, va = read(before, op_b, sh_b), read(after, op_a, sh_a)
            if canon(vb) == canon(va):
                continue
            if isinstance(vb, dict) and isinstance(va, dict):
                for part in sorted(set(vb) | set(va)):
                    pb, pa = vb.get(part), va.get(part)
                    if canon(pb) != canon(pa):
                        detail = ""
                        if aspect == "responses" and pb and pa:
                            kinds = [k for k in ("content", "headers") if canon(pb[k]) != canon(pa[k])]
                            detail = f" ({', '.join(kinds)})"
                        diffs.append(f"{name}: {aspect} {part} {describe(pb, pa)}{detail}")
                        if verbose:
                            diffs.append(f"  before: {canon(pb)}")
                            diffs.append(f"  after:  {canon(pa)}")
            else:
                diffs.append(f"{name}: {aspect} changed")
                if verbose:
                    diffs.append(f"  before: {canon(vb)}")
                    diffs.append(f"  after:  {canon(va)}")

    # The component schemas the operations reach (each compared whole, with
    # its own references resolved).
    reached_b, reached_a = set(before.reached), set(after.reached)
    for name in sorted(reached_b | reached_a):
        if name not in reached_a:
            diffs.append(f"schema {name}: no longer reached")
            continue
        if name not in reached_b:
            diffs.append(f"schema {name}: newly reached")
            continue
        sb = before.resolve(before.lookup(f"#/components/schemas/{name}"))
        sa = after.resolve(after.lookup(f"#/components/schemas/{name}"))
        if canon(sb) != canon(sa):
            diffs.append(f"schema {name}: changed")
            if verbose:
                diffs.append(f"  before: {canon(sb)}")
                diffs.append(f"  after:  {canon(sa)}")
    for kind in ("securitySchemes",):
        sb = canon(before.components.get(kind, {}))
        sa = canon(after.components.get(kind, {}))
        if sb != sa:
            diffs.append(f"components {kind}: changed")

    # Prose and order: reported, never a failure.
    prose_b, prose_a = prose(before_raw), prose(after_raw)
    prose_diffs = sorted(
        k for k in set(prose_b) | set(prose_a) if prose_b.get(k) != prose_a.get(k)
    )
    reordered = json.dumps(before_raw, sort_keys=False) != json.dumps(after_raw, sort_keys=False) and canon(
        before_raw
    ) == canon(after_raw)

    n = len(set(ops_before) | set(ops_after))
    statuses = sum(len(op.get("responses", {})) for op, _ in ops_after.values())
    params = sum(len(parameters(after, op, sh)) for op, sh in ops_after.values())
    bodies = sum(1 for op, _ in ops_after.values() if "requestBody" in op)
    if diffs:
        print(f"{n} operations: {len(diffs)} differences")
        for line in diffs:
            print(f"  {line}")
    else:
        print(
            f"{n} operations, identical: methods and paths, tags, operation ids, security, "
            f"parameters ({params}), request bodies ({bodies}), responses ({statuses} statuses, "
            f"content types, schemas, headers), component schemas ({len(reached_a)} reached)"
        )
    if prose_diffs:
        print(f"prose (descriptions, summaries, titles, examples): {len(prose_diffs)} differ, not counted")
        if verbose:
            for k in prose_diffs:
                print(f"  {k}\n    before: {prose_b.get(k)!r}\n    after:  {prose_a.get(k)!r}")
    if reordered:
        print("order: the documents differ only in the order of entries, not counted")
    return 1 if diffs else 0


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("-")]
    verbose = "--verbose" in argv or "-v" in argv
    if len(args) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    return compare(load(args[0]), load(args[1]), verbose)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
