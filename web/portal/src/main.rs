//! Mounts the user portal; everything else is in the library.

fn main() {
    latchkey_portal::start();
}
