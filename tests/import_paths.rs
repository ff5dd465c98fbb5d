//! Where imports look, beyond what the golden cases (run as `mempy X.py` from the
//! case's directory) can show: `PYTHONPATH` entries after the script's directory,
//! `''` (the current directory) as `sys.path[0]` for `-c` and `-`, and a script run
//! from another directory still importing its neighbours. Expectations are CPython
//! 3.11's.

use std::fs;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

fn temp_tree(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("mempy-import-paths-{}-{tag}", std::process::id()));
    let _ = fs::remove_dir_all(&d);
    fs::create_dir_all(d.join("lib")).unwrap();
    fs::create_dir_all(d.join("app")).unwrap();
    fs::write(d.join("lib/libmod.py"), "WHERE = 'lib'\n").unwrap();
    fs::write(d.join("app/near.py"), "WHERE = 'app'\n").unwrap();
    fs::write(d.join("app/libmod.py"), "WHERE = 'app shadows lib'\n").unwrap();
    fs::write(
        d.join("app/main.py"),
        "import sys, near, libmod\nprint(near.WHERE, libmod.WHERE, sys.path[0] == __file__.rsplit('/', 1)[0])\n",
    )
    .unwrap();
    d
}

fn mempy() -> Command {
    Command::new(env!("CARGO_BIN_EXE_mempy"))
}

#[test]
fn script_directory_comes_before_pythonpath() {
    let d = temp_tree("script");
    let out = mempy()
        .arg(d.join("app/main.py"))
        .current_dir(&d)
        .env("PYTHONPATH", d.join("lib"))
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "app app shadows lib True\n"
    );
    fs::remove_dir_all(&d).unwrap();
}

#[test]
fn pythonpath_entries_are_searched_and_made_absolute() {
    let d = temp_tree("pythonpath");
    let out = mempy()
        .args(["-c", "import sys, libmod; print(libmod.WHERE, repr(sys.path[0]), sys.path[1].endswith('/lib'), sys.path[1].startswith('/'))"])
        .current_dir(&d)
        .env("PYTHONPATH", "lib")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "lib '' True True\n");
    fs::remove_dir_all(&d).unwrap();
}

#[test]
fn stdin_programs_import_from_the_current_directory() {
    let d = temp_tree("stdin");
    let mut child = mempy()
        .arg("-")
        .current_dir(d.join("app"))
        .env_remove("PYTHONPATH")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"import near\nprint(near.WHERE, near.__file__.endswith('/app/near.py'))\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "app True\n");
    fs::remove_dir_all(&d).unwrap();
}
