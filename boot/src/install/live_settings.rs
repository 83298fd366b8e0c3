//! The live session's settings that must not outlive it on an installed disk: accounts
//! that log in with no password (live-config and casper clear root's and the live user's),
//! passwordless sudo for the live user, and getty autologin. The distributions' own
//! installers drop them; so does `install`, after the live-only packages (which leave
//! these files behind: they are written at boot, not shipped).

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

use super::Installed;

/// Passwordless-sudo rules the live systems write at boot: live-config (Debian),
/// casper (Ubuntu), livesys-scripts (Fedora).
pub const LIVE_SUDOERS: &[&str] = &[
    "/etc/sudoers.d/live",
    "/etc/sudoers.d/casper",
    "/etc/sudoers.d/liveuser",
];

/// The drop-in name live-config gives its getty autologin, under
/// `/etc/systemd/system/<unit>.service.d/`.
const AUTOLOGIN_DROP_IN: &str = "live-config_autologin.conf";

/// `--password-hash USER=HASH`: the password an account gets on the installed disk, as a
/// crypt(3) hash (`mkpasswd -m sha-512`, `openssl passwd -6`), so no clear password is
/// ever on a command line or in a shell history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PasswordHash {
    pub user: String,
    pub hash: String,
}

/// Parses `USER=HASH`; the hash must have crypt(3)'s `$id$...` form.
pub fn parse_password_hash(arg: &str) -> Result<PasswordHash, String> {
    let (user, hash) = arg
        .split_once('=')
        .ok_or("expected USER=HASH, e.g. root=$(mkpasswd -m sha-512)")?;
    let valid_user = !user.is_empty()
        && user
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b));
    if !valid_user {
        return Err(format!("{user:?} is not a user name"));
    }
    let fields: Vec<&str> = hash.split('$').collect();
    let crypt_form = fields.len() >= 4
        && fields[0].is_empty()
        && !fields[1].is_empty()
        && fields[1..].iter().all(|f| {
            f.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"./=,-".contains(&b))
        })
        && !fields.last().unwrap_or(&"").is_empty();
    if !crypt_form {
        return Err(format!(
            "the password for {user} is not a crypt(3) hash ($id$salt$hash); make one with `mkpasswd -m sha-512` or `openssl passwd -6`"
        ));
    }
    Ok(PasswordHash {
        user: user.to_string(),
        hash: hash.to_string(),
    })
}

/// The accounts of a shadow file that log in with no password (an empty hash field).
pub fn passwordless_accounts(shadow: &str) -> Vec<String> {
    shadow
        .lines()
        .filter_map(|line| {
            let mut fields = line.split(':');
            let user = fields.next()?;
            fields.next()?.is_empty().then(|| user.to_string())
        })
        .collect()
}

/// What [`drop_live_settings`] will do to the system at `root`, one line each, for the
/// summary printed before anything is written. A hash for a user the system does not
/// have is refused here, before the disk is touched.
pub fn live_settings_plan(root: &Path, hashes: &[PasswordHash]) -> Result<Vec<String>> {
    let passwd = fs::read_to_string(root.join("etc/passwd")).context("reading /etc/passwd")?;
    let users: Vec<&str> = passwd.lines().filter_map(|l| l.split(':').next()).collect();
    if let Some(unknown) = hashes.iter().find(|h| !users.contains(&h.user.as_str())) {
        bail!(
            "--password-hash: the system has no user {}; nothing written",
            unknown.user
        );
    }
    let shadow = fs::read_to_string(root.join("etc/shadow")).unwrap_or_default();
    let mut lines = Vec::new();
    for hash in hashes {
        lines.push(format!("{}: password set from --password-hash", hash.user));
    }
    for user in passwordless_accounts(&shadow) {
        if !hashes.iter().any(|h| h.user == user) {
            lines.push(format!(
                "{user}: logs in with no password; locked (--password-hash {user}=HASH sets one)"
            ));
        }
    }
    for path in live_files(root) {
        lines.push(format!("remove {}", path.display()));
    }
    Ok(lines)
}

/// Sets the given passwords, locks every other passwordless account and removes the
/// live sudo rules and autologin drop-ins, with the installed system's own `usermod`.
pub fn drop_live_settings(target: &Installed, hashes: &[PasswordHash]) -> Result<()> {
    for hash in hashes {
        target
            .run("usermod", &["-p", &hash.hash, &hash.user])
            .with_context(|| format!("setting the password of {}", hash.user))?;
    }
    let shadow = fs::read_to_string(target.at("/etc/shadow")).context("reading /etc/shadow")?;
    let mut locked = Vec::new();
    for user in passwordless_accounts(&shadow) {
        target
            .run("usermod", &["-L", &user])
            .with_context(|| format!("locking {user}, who has no password"))?;
        locked.push(user);
    }
    let mut removed = Vec::new();
    for path in live_files(&target.at("/")) {
        fs::remove_file(target.at(&path.display().to_string()))
            .with_context(|| format!("removing {}", path.display()))?;
        let drop_in_dir = path
            .parent()
            .filter(|d| d.to_string_lossy().ends_with(".service.d"));
        if let Some(dir) = drop_in_dir {
            // Left empty by live-config; removing a non-empty one fails harmlessly.
            let _ = fs::remove_dir(target.at(&dir.display().to_string()));
        }
        removed.push(path.display().to_string());
    }
    let set: Vec<&str> = hashes.iter().map(|h| h.user.as_str()).collect();
    eprintln!(
        "install: live-only settings: passwords set: {}; locked (no password): {}; removed: {}",
        list_or_none(&set),
        list_or_none(&locked),
        list_or_none(&removed)
    );
    Ok(())
}

/// The live sudo rules and autologin drop-ins present under `root`, as the installed
/// system names them (absolute).
fn live_files(root: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = LIVE_SUDOERS
        .iter()
        .map(PathBuf::from)
        .filter(|p| root.join(p.strip_prefix("/").unwrap_or(p)).is_file())
        .collect();
    let units = root.join("etc/systemd/system");
    let mut drop_ins: Vec<PathBuf> = fs::read_dir(&units)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".service.d"))
        .map(|e| e.path().join(AUTOLOGIN_DROP_IN))
        .filter(|p| p.is_file())
        .filter_map(|p| {
            p.strip_prefix(root)
                .ok()
                .map(|rel| Path::new("/").join(rel))
        })
        .collect();
    drop_ins.sort();
    found.extend(drop_ins);
    found
}

fn list_or_none<S: AsRef<str>>(items: &[S]) -> String {
    match items.is_empty() {
        true => "none".into(),
        false => items
            .iter()
            .map(|s| s.as_ref())
            .collect::<Vec<_>>()
            .join(" "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_crypt_hashes_for_named_users_are_accepted() {
        let ok = parse_password_hash("root=$6$salt$abc./DEF").unwrap();
        assert_eq!(
            (ok.user.as_str(), ok.hash.as_str()),
            ("root", "$6$salt$abc./DEF")
        );
        assert!(parse_password_hash("user=$y$j9T$salt$hash").is_ok());
        for bad in [
            "root=secret",
            "root",
            "=$6$s$h",
            "root=$6$salt$",
            "ro ot=$6$s$h",
            "root=$6$s$h:0",
        ] {
            assert!(parse_password_hash(bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn accounts_with_an_empty_hash_are_passwordless() {
        let shadow =
            "root::19000:0:99999:7:::\nuser:!:19000::::::\nbin:*:19000::::::\nlive::19000::::::\n";
        assert_eq!(passwordless_accounts(shadow), ["root", "live"]);
    }

    #[test]
    fn the_plan_names_each_change_and_refuses_unknown_users() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("etc/sudoers.d")).unwrap();
        fs::create_dir_all(root.join("etc/systemd/system/getty@tty1.service.d")).unwrap();
        fs::write(
            root.join("etc/passwd"),
            "root:x:0:0::/root:/bin/sh\nuser:x:1000:1000::/home/user:/bin/sh\n",
        )
        .unwrap();
        fs::write(root.join("etc/shadow"), "root::1::::::\nuser::1::::::\n").unwrap();
        fs::write(
            root.join("etc/sudoers.d/live"),
            "user ALL=(ALL) NOPASSWD: ALL\n",
        )
        .unwrap();
        fs::write(
            root.join("etc/systemd/system/getty@tty1.service.d")
                .join(AUTOLOGIN_DROP_IN),
            "[Service]\n",
        )
        .unwrap();
        let hash = parse_password_hash("root=$6$s$h").unwrap();
        let plan = live_settings_plan(root, std::slice::from_ref(&hash)).unwrap();
        assert_eq!(
            plan,
            [
                "root: password set from --password-hash",
                "user: logs in with no password; locked (--password-hash user=HASH sets one)",
                "remove /etc/sudoers.d/live",
                "remove /etc/systemd/system/getty@tty1.service.d/live-config_autologin.conf",
            ]
        );
        let stranger = parse_password_hash("nosuchuser=$6$s$h").unwrap();
        let err = live_settings_plan(root, &[stranger]).unwrap_err();
        assert!(format!("{err}").contains("no user nosuchuser; nothing written"));
    }
}
