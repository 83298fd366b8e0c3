//! The test tree itself: with `autotests = false`, a file under `tests/` that is not a module
//! of `tests/tests.rs` would never be compiled or run, silently.

use std::fs;
use std::path::Path;

#[test]
fn every_test_file_is_a_module() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    for krate in workspace_members(root) {
        let tests = root.join(&krate).join("tests");
        let Ok(entries) = fs::read_dir(&tests) else {
            continue;
        };
        let main = fs::read_to_string(tests.join("tests.rs"))
            .unwrap_or_else(|e| panic!("{}/tests.rs: {e}", tests.display()));
        for entry in entries {
            let name = entry.unwrap().file_name().into_string().unwrap();
            let Some(module) = name.strip_suffix(".rs") else {
                continue;
            };
            if module == "tests" {
                continue;
            }
            assert!(
                main.lines().any(|l| l.trim() == format!("mod {module};")),
                "{}/{name} is not a module of tests.rs: add `mod {module};`",
                tests.display()
            );
            checked += 1;
        }
        let manifest = fs::read_to_string(root.join(&krate).join("Cargo.toml")).unwrap();
        assert!(
            manifest.contains("autotests = false")
                && manifest.contains("path = \"tests/tests.rs\""),
            "{krate}/Cargo.toml must build tests/tests.rs as its one integration test binary"
        );
    }
    assert!(checked >= 20, "only {checked} test modules found");
}

/// The `members = [...]` of the workspace manifest.
fn workspace_members(root: &Path) -> Vec<String> {
    let manifest = fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let list = manifest
        .split_once("members = [")
        .and_then(|(_, rest)| rest.split_once(']'))
        .expect("workspace members")
        .0;
    list.split(',')
        .map(|m| m.trim().trim_matches('"').to_string())
        .filter(|m| !m.is_empty())
        .collect()
}
