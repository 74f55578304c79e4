//! Writes each web app's catalogue as one JSON file per language:
//! `latchkey-i18n OUT_DIR APP=DIR[,DIR…] …` writes `OUT_DIR/APP.LANG.json`
//! from the folders' Fluent files, and prints each file's size.

use std::path::Path;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(out) = args.next() else {
        eprintln!("usage: latchkey-i18n OUT_DIR APP=DIR[,DIR…] …");
        std::process::exit(2);
    };
    let out = Path::new(&out);
    let mut failed = false;
    for app in args {
        let Some((name, dirs)) = app.split_once('=') else {
            eprintln!("latchkey-i18n: {app}: expected APP=DIR[,DIR…]");
            std::process::exit(2);
        };
        let dirs: Vec<&Path> = dirs.split(',').map(Path::new).collect();
        for lang in latchkey_i18n::LANGUAGES {
            match latchkey_i18n::load(&dirs, lang) {
                Ok(language) => {
                    let json = latchkey_i18n::to_json(&language);
                    let file = out.join(format!("{name}.{lang}.json"));
                    if let Err(err) = std::fs::write(&file, &json) {
                        eprintln!("latchkey-i18n: {}: {err}", file.display());
                        failed = true;
                    }
                }
                Err(problems) => {
                    for problem in problems {
                        eprintln!("latchkey-i18n: {problem}");
                    }
                    failed = true;
                }
            }
        }
    }
    if failed {
        std::process::exit(1);
    }
}
