//! The console's linker keeps its relocations: web/build.sh's splitter reads
//! them to cut the module into a shell and one chunk per screen. Only the
//! console's binary: the portal is not split, and relocations would triple
//! its download.

fn main() {
    println!("cargo::rustc-link-arg-bins=--emit-relocs");
}
