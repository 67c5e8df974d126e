//! Writes each language's file of words (`words-en.txt`, `words-zh.txt`) from the
//! compile-checked catalogue, into the folder given, else Trunk's staging folder: a Trunk
//! hook runs it before every build, and another names the files by their content after it
//! (Trunk.toml).

use moat::i18n::words::file;
use moat::i18n::Lang;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os()
        .nth(1)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR"))
        .map(PathBuf::from)
    else {
        eprintln!("usage: words <folder> (or run as a Trunk hook)");
        return ExitCode::FAILURE;
    };
    for lang in Lang::ALL {
        let path = dir.join(format!("words-{}.txt", lang.code()));
        if let Err(e) = std::fs::write(&path, file(lang)) {
            eprintln!("words: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
