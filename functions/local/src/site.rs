//! Serves the built web site (web/dist) beside the API, with the same security
//! headers CloudFront adds in AWS, so the portal runs locally as it will there.

use std::path::{Component, Path, PathBuf};

use axum::body::Body;
use axum::http::{HeaderValue, Method, Response, StatusCode, header};

/// Kept identical to the CloudFront response headers policy in template.yaml
/// (a test compares them).
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: https:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/// Paths the API owns; everything else is the site's.
const API_PREFIXES: [&str; 5] = ["/v1/", "/scim/", "/healthz", "/openapi.json", "/.well-known/"];

pub struct Site {
    root: PathBuf,
}

impl Site {
    /// The site in `root`, if it has been built.
    pub fn open(root: impl Into<PathBuf>) -> Option<Site> {
        let root = root.into();
        root.join("index.html").is_file().then_some(Site { root })
    }

    /// Whether this request is for the site rather than the API.
    pub fn owns(method: &Method, path: &str) -> bool {
        (method == Method::GET || method == Method::HEAD) && !API_PREFIXES.iter().any(|p| path.starts_with(p))
    }

    /// The file at `path`, compressed as web/build.sh left it beside the
    /// original (`.br`, then `.gz`) when `accept_encoding` takes that coding,
    /// as CloudFront serves the uploaded files.
    pub async fn serve(&self, path: &str, accept_encoding: Option<&str>) -> Response<Body> {
        let Some(relative) = clean(path) else { return not_found() };
        let mut file = self.root.join(&relative);
        if !file.is_file() || is_precompressed(&file) {
            // Each app's pages (/reset, /admin/users/…) are routes inside its own index.html.
            if relative.extension().is_some() {
                return not_found();
            }
            file = self.root.join(app_index(&relative));
        }
        // The first copy the browser takes, else the file itself.
        let mut found = None;
        for (coding, suffix) in [("br", "br"), ("gzip", "gz")] {
            let packed = file.with_file_name(format!(
                "{}.{suffix}",
                file.file_name().unwrap_or_default().to_string_lossy()
            ));
            if accepts(accept_encoding, coding)
                && let Ok(bytes) = tokio::fs::read(&packed).await
            {
                found = Some((bytes, Some(coding)));
                break;
            }
        }
        let (bytes, coding) = match found {
            Some(found) => found,
            None => match tokio::fs::read(&file).await {
                Ok(bytes) => (bytes, None),
                Err(_) => return not_found(),
            },
        };
        let mut response = respond(StatusCode::OK, content_type(&file), bytes);
        let headers = response.headers_mut();
        if let Some(coding) = coding {
            headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding));
        }
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        let served = file.strip_prefix(&self.root).unwrap_or(&file);
        if served.starts_with("assets") || served.starts_with("admin/assets") {
            // web/build.sh names the folder by its content: a new build is a new
            // folder, so what is in one never changes.
            headers.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            );
        }
        response
    }
}

/// A compressed copy is served for its original, never by its own name.
fn is_precompressed(file: &Path) -> bool {
    matches!(file.extension().and_then(|e| e.to_str()), Some("gz" | "br"))
}

/// Whether an `Accept-Encoding` header takes `coding` (a `q=0` refuses it).
fn accepts(header: Option<&str>, coding: &str) -> bool {
    header.unwrap_or_default().split(',').any(|part| {
        let mut pieces = part.split(';').map(str::trim);
        let name = pieces.next().unwrap_or_default();
        let refused = pieces.any(|p| {
            p.strip_prefix("q=").and_then(|q| q.trim().parse::<f32>().ok()).is_some_and(|q| q <= 0.0)
        });
        (name.eq_ignore_ascii_case(coding) || name == "*") && !refused
    })
}

/// The index.html of the app a page path belongs to: the admin console lives
/// under `/admin/` (kept identical to the SiteRoutes function in template.yaml).
fn app_index(relative: &Path) -> PathBuf {
    if relative.starts_with("admin") {
        PathBuf::from("admin/index.html")
    } else {
        PathBuf::from("index.html")
    }
}

/// The path below the site root, or `None` for anything that tries to leave it.
fn clean(path: &str) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for part in Path::new(path.trim_start_matches('/')).components() {
        match part {
            Component::Normal(p) => out.push(p),
            Component::CurDir => {}
            _ => return None,
        }
    }
    if out.as_os_str().is_empty() {
        out.push("index.html");
    }
    Some(out)
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    }
}

fn not_found() -> Response<Body> {
    respond(StatusCode::NOT_FOUND, "text/plain; charset=utf-8", b"Not found\n".to_vec())
}

fn respond(status: StatusCode, content_type: &'static str, body: Vec<u8>) -> Response<Body> {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    // Each app's index.html (and anything outside its assets folder) is
    // revalidated on every load: it names the current build's assets.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CONTENT_SECURITY_POLICY));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_cannot_leave_the_site() {
        assert_eq!(clean("/"), Some(PathBuf::from("index.html")));
        assert_eq!(clean("/portal.js"), Some(PathBuf::from("portal.js")));
        assert_eq!(clean("/../etc/passwd"), None);
        assert_eq!(clean("/a/../../b"), None);
    }

    #[test]
    fn the_api_keeps_its_paths() {
        assert!(Site::owns(&Method::GET, "/reset"));
        assert!(!Site::owns(&Method::GET, "/v1/config/public"));
        assert!(!Site::owns(&Method::GET, "/healthz"));
        assert!(!Site::owns(&Method::POST, "/"));
    }

    #[test]
    fn the_policy_matches_cloudfront() {
        let template = include_str!("../../../template.yaml");
        assert!(
            template.contains(&format!("ContentSecurityPolicy: \"{CONTENT_SECURITY_POLICY}\"")),
            "template.yaml's CSP differs from the local server's"
        );
    }

    #[tokio::test]
    async fn serves_files_and_falls_back_to_the_app() {
        let dir = std::env::temp_dir().join(format!("latchkey-site-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("index.html"), "<!doctype html>app").unwrap();
        std::fs::write(dir.join("portal_bg.wasm"), b"\0asm").unwrap();
        std::fs::create_dir_all(dir.join("admin")).unwrap();
        std::fs::write(dir.join("admin/index.html"), "<!doctype html>console").unwrap();
        let site = Site::open(&dir).expect("a built site");
        let page = site.serve("/unlock", None).await;
        assert_eq!(page.status(), StatusCode::OK);
        assert_eq!(page.headers()[header::CONTENT_TYPE], "text/html; charset=utf-8");
        assert!(page.headers().contains_key(header::CONTENT_SECURITY_POLICY));
        let wasm = site.serve("/portal_bg.wasm", None).await;
        assert_eq!(wasm.headers()[header::CONTENT_TYPE], "application/wasm");
        assert_eq!(site.serve("/missing.js", None).await.status(), StatusCode::NOT_FOUND);
        // A build's assets folder is kept a year; a page, never without asking.
        std::fs::create_dir_all(dir.join("assets/0123456789abcdef")).unwrap();
        std::fs::write(dir.join("assets/0123456789abcdef/boot.js"), "export {}").unwrap();
        let asset = site.serve("/assets/0123456789abcdef/boot.js", None).await;
        assert_eq!(asset.headers()[header::CACHE_CONTROL], "public, max-age=31536000, immutable");
        assert_eq!(page.headers()[header::CACHE_CONTROL], "no-cache");
        let fallback = site.serve("/assets/no-such-page", None).await;
        assert_eq!(
            fallback.headers()[header::CACHE_CONTROL],
            "no-cache",
            "a page is never cached as an asset"
        );
        for console_page in ["/admin", "/admin/", "/admin/users/u-1", "/admin/import"] {
            let page = site.serve(console_page, None).await;
            let body = axum::body::to_bytes(page.into_body(), 1024).await.unwrap();
            assert_eq!(&body[..], b"<!doctype html>console", "{console_page} is the console's page");
        }
        let body =
            axum::body::to_bytes(site.serve("/administrators", None).await.into_body(), 1024).await.unwrap();
        assert_eq!(&body[..], b"<!doctype html>app", "only the /admin/ folder is the console's");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[tokio::test]
    async fn a_compressed_copy_goes_to_a_browser_that_takes_its_coding() {
        let dir = std::env::temp_dir().join(format!("latchkey-site-packed-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("index.html"), "<!doctype html>app").unwrap();
        std::fs::write(dir.join("app.wasm"), b"plain").unwrap();
        std::fs::write(dir.join("app.wasm.gz"), b"gzipped").unwrap();
        std::fs::write(dir.join("app.wasm.br"), b"brotli").unwrap();
        let site = Site::open(&dir).expect("a built site");
        let body = |r: Response<Body>| async move { axum::body::to_bytes(r.into_body(), 64).await.unwrap() };
        for (accept, coding, text) in [
            (Some("gzip, deflate, br, zstd"), Some("br"), &b"brotli"[..]),
            (Some("gzip"), Some("gzip"), b"gzipped"),
            (Some("br;q=0, gzip"), Some("gzip"), b"gzipped"),
            (Some("identity"), None, b"plain"),
            (None, None, b"plain"),
        ] {
            let response = site.serve("/app.wasm", accept).await;
            assert_eq!(response.headers()[header::CONTENT_TYPE], "application/wasm", "{accept:?}");
            assert_eq!(response.headers()[header::VARY], "accept-encoding");
            assert_eq!(
                response.headers().get(header::CONTENT_ENCODING).map(|v| v.to_str().unwrap()),
                coding,
                "{accept:?}"
            );
            assert_eq!(&body(response).await[..], text, "{accept:?}");
        }
        // The compressed copies are not files of the site by their own names.
        assert_eq!(site.serve("/app.wasm.gz", Some("gzip")).await.status(), StatusCode::NOT_FOUND);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
