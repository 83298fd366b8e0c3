//! A minimal writer for the "newc" cpio format (what the kernel unpacks as an initramfs).
//!
//! Only what an initramfs needs: directories, regular files, symlinks, the trailer.
//! Entries are written in the order given; parents must come before children.

use std::io::{self, Write};

/// One archive member.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Member {
    Dir {
        path: String,
        mode: u32,
    },
    File {
        path: String,
        mode: u32,
        data: Vec<u8>,
    },
    Symlink {
        path: String,
        target: String,
    },
    CharDev {
        path: String,
        mode: u32,
        major: u32,
        minor: u32,
    },
}

impl Member {
    pub fn path(&self) -> &str {
        match self {
            Member::Dir { path, .. }
            | Member::File { path, .. }
            | Member::Symlink { path, .. }
            | Member::CharDev { path, .. } => path,
        }
    }
}

const S_IFDIR: u32 = 0o040000;
const S_IFREG: u32 = 0o100000;
const S_IFLNK: u32 = 0o120000;
const S_IFCHR: u32 = 0o020000;

/// Writes `members` then the `TRAILER!!!` record. Paths are stored without a leading `/`.
pub fn write_newc<W: Write>(out: &mut W, members: &[Member]) -> io::Result<u64> {
    let mut written = 0u64;
    for (ino, member) in (1u32..).zip(members) {
        let (mode, data): (u32, &[u8]) = match member {
            Member::Dir { mode, .. } => (S_IFDIR | (mode & 0o7777), &[]),
            Member::File { mode, data, .. } => (S_IFREG | (mode & 0o7777), data),
            Member::Symlink { target, .. } => (S_IFLNK | 0o777, target.as_bytes()),
            Member::CharDev { mode, .. } => (S_IFCHR | (mode & 0o7777), &[]),
        };
        let (rdevmajor, rdevminor) = match member {
            Member::CharDev { major, minor, .. } => (*major, *minor),
            _ => (0, 0),
        };
        let nlink = if matches!(member, Member::Dir { .. }) {
            2
        } else {
            1
        };
        let name = member.path().trim_start_matches('/');
        written += write_record(out, ino, mode, nlink, (rdevmajor, rdevminor), name, data)?;
    }
    written += write_record(out, 0, 0, 1, (0, 0), "TRAILER!!!", &[])?;
    Ok(written)
}

fn write_record<W: Write>(
    out: &mut W,
    ino: u32,
    mode: u32,
    nlink: u32,
    (rdevmajor, rdevminor): (u32, u32),
    name: &str,
    data: &[u8],
) -> io::Result<u64> {
    let namesize = name.len() + 1;
    let header = format!(
        "070701{ino:08x}{mode:08x}{uid:08x}{gid:08x}{nlink:08x}{mtime:08x}{size:08x}\
         {devmajor:08x}{devminor:08x}{rdevmajor:08x}{rdevminor:08x}{namesize:08x}{check:08x}",
        uid = 0,
        gid = 0,
        mtime = 0,
        size = data.len(),
        devmajor = 0,
        devminor = 0,
        check = 0,
    );
    debug_assert_eq!(header.len(), 110);
    out.write_all(header.as_bytes())?;
    out.write_all(name.as_bytes())?;
    out.write_all(&[0])?;
    let mut n = 110 + namesize;
    let pad = (4 - n % 4) % 4;
    out.write_all(&[0u8; 3][..pad])?;
    n += pad;
    out.write_all(data)?;
    n += data.len();
    let pad = (4 - n % 4) % 4;
    out.write_all(&[0u8; 3][..pad])?;
    n += pad;
    Ok(n as u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::{Command, Stdio};

    #[test]
    fn header_layout_and_alignment() {
        let mut buf = Vec::new();
        let n = write_newc(
            &mut buf,
            &[Member::File {
                path: "/a".into(),
                mode: 0o644,
                data: b"hello".to_vec(),
            }],
        )
        .unwrap();
        assert_eq!(n as usize, buf.len());
        assert_eq!(&buf[..6], b"070701");
        assert_eq!(buf.len() % 4, 0);
        // name "a\0" at 110, padded to 112, data at 112.
        assert_eq!(&buf[110..112], b"a\0");
        assert_eq!(&buf[112..117], b"hello");
    }

    /// GNU cpio is the independent reader.
    #[test]
    fn gnu_cpio_lists_and_extracts_it() {
        if Command::new("cpio").arg("--version").output().is_err() {
            eprintln!("cpio not installed; skipping");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let archive = dir.path().join("x.cpio");
        let members = vec![
            Member::Dir {
                path: "bin".into(),
                mode: 0o755,
            },
            Member::File {
                path: "bin/tool".into(),
                mode: 0o755,
                data: vec![7u8; 1001],
            },
            Member::Symlink {
                path: "bin/sh".into(),
                target: "tool".into(),
            },
            Member::File {
                path: "init".into(),
                mode: 0o755,
                data: b"#!/bin/sh\n".to_vec(),
            },
        ];
        let mut f = std::fs::File::create(&archive).unwrap();
        write_newc(&mut f, &members).unwrap();
        drop(f);
        let out_dir = dir.path().join("out");
        std::fs::create_dir(&out_dir).unwrap();
        let status = Command::new("cpio")
            .args(["-idm", "--quiet", "-F"])
            .arg(&archive)
            .current_dir(&out_dir)
            .stdin(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success());
        assert_eq!(
            std::fs::read(out_dir.join("bin/tool")).unwrap(),
            vec![7u8; 1001]
        );
        assert_eq!(
            std::fs::read_link(out_dir.join("bin/sh")).unwrap().to_str(),
            Some("tool")
        );
        assert_eq!(std::fs::read(out_dir.join("init")).unwrap(), b"#!/bin/sh\n");
    }
}
