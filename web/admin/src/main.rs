//! Mounts the admin console; everything else is in the library.

fn main() {
    latchkey_admin::start();
}
