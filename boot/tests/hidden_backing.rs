//! A loop device whose backing file is not reachable by its path from our mount
//! namespace (as after switch_root, or a medium mounted in another namespace),
//! with a *different* file at that path here: the services must not trust the
//! path (inode check) and must work through the loop device instead. Root only.

use crate::common;

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use boot::migrate::{self, Destination, Options};
use boot::readahead::{self, Extent, Log, Outcome};
use common::{Loop, Mount};

/// The image on an ext4 mounted only inside a private mount namespace kept
/// alive by a `sleep`; the loop device reads it from there.
struct Hidden {
    lo: Loop,
    keeper: Child,
    /// The image as seen through the keeper's root (/proc/PID/root/...).
    through_keeper: PathBuf,
    /// What the backing file's path names in our namespace: a decoy image.
    decoy: PathBuf,
    image: PathBuf,
    dir: tempfile::TempDir,
}

impl Drop for Hidden {
    fn drop(&mut self) {
        let _ = self.keeper.kill();
        let _ = self.keeper.wait();
    }
}

fn hidden(name: &str) -> Hidden {
    assert!(common::is_root(), "needs root (unshare, losetup, mount)");
    let dir = common::workdir(name);
    let image = common::make_image(dir.path(), 24);
    let ext4 = dir.path().join("medium.ext4");
    File::create(&ext4).unwrap().set_len(48 << 20).unwrap();
    common::run(Command::new("mkfs.ext4").args(["-q", "-F"]).arg(&ext4));
    let point = dir.path().join("medium");
    std::fs::create_dir(&point).unwrap();
    let on_medium = point.join("image.squashfs");
    let script = format!(
        "mount -o loop {ext4} {point} && cp {image} {on_medium} && sync && \
         losetup -r --find --show {on_medium} && echo $$ && exec sleep 600",
        ext4 = ext4.display(),
        point = point.display(),
        image = image.display(),
        on_medium = on_medium.display()
    );
    let mut keeper = Command::new("unshare")
        .args(["-m", "--propagation", "private", "sh", "-c", &script])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(keeper.stdout.take().unwrap()).lines();
    let lo = Loop(PathBuf::from(lines.next().unwrap().unwrap()));
    let pid: u32 = lines.next().unwrap().unwrap().parse().unwrap();
    let through_keeper =
        PathBuf::from(format!("/proc/{pid}/root")).join(on_medium.strip_prefix("/").unwrap());
    // Here, the same path names another image.
    let decoy_dir = dir.path().join("decoy");
    std::fs::create_dir(&decoy_dir).unwrap();
    let decoy_image = common::make_image(&decoy_dir, 20);
    std::fs::copy(&decoy_image, &on_medium).unwrap();
    assert_eq!(common::backing_file(&lo.0), on_medium.to_str().unwrap());
    Hidden {
        lo,
        keeper,
        through_keeper,
        decoy: on_medium,
        image,
        dir,
    }
}

#[test]
fn readahead_goes_through_the_loop_device_not_the_path() {
    let h = hidden("hid-ra");
    let ranges = vec![
        Extent::new(2 << 20, 2 << 20),
        Extent::new(12 << 20, 1 << 20),
    ];
    let list = h.dir.path().join("list");
    common::write_list(&list, &h.image, &ranges);
    common::drop_file_cache(&h.through_keeper);
    common::drop_file_cache(&h.decoy);
    let target = readahead::open_target(&h.lo.0).unwrap();
    assert!(
        target.via_loop_device,
        "used the path {}",
        h.decoy.display()
    );
    println!("{}", target.notices.join("\n"));
    drop(target);
    let opts = readahead::Options::new(0, Duration::from_secs(30));
    let Outcome::Warmed(report) =
        readahead::service(&list, &h.lo.0, &opts, &mut Log::new("test", false))
    else {
        panic!("not warmed")
    };
    println!("{report}");
    assert_eq!(report.bytes, 3 << 20);
    // The real backing file got the pages (buffered loop reads), the decoy none.
    let backing = File::open(&h.through_keeper).unwrap();
    std::thread::sleep(Duration::from_millis(200));
    for r in &ranges {
        let pages = readahead::resident_pages(&backing, r.offset, r.len).unwrap();
        let resident = pages.iter().filter(|&&p| p).count();
        assert!(
            resident * 10 >= pages.len() * 9,
            "{resident}/{} pages of {r:?} resident",
            pages.len()
        );
    }
    assert_eq!(
        readahead::resident_count(&File::open(&h.decoy).unwrap())
            .unwrap()
            .0,
        0
    );
    // The loop device's own copy of the pages was dropped (no double memory).
    let on_loop = readahead::resident_count(&File::open(&h.lo.0).unwrap())
        .unwrap()
        .0;
    assert_eq!(on_loop, 0);
}

#[test]
fn migrate_copies_through_the_loop_device_not_the_path() {
    let h = hidden("hid-mig");
    let digests = common::tree_digests(&h.dir.path().join("tree"));
    let root = Mount::new("squashfs", "ro", &h.lo.0, &h.dir.path().join("root"));
    let ram = Mount::tmpfs(&h.dir.path().join("ram"), "100m");
    let dest = ram.0.join("image.squashfs");
    let list_path = h.dir.path().join("list");
    common::write_list(&list_path, &h.image, &[Extent::new(1 << 20, 1 << 20)]);
    let list = migrate::load_list(&list_path).unwrap();
    let summary = migrate::migrate(
        &h.lo.0,
        &Destination::File(dest.clone()),
        Some(&list),
        &Options::default(),
        &mut Log::new("test", false),
    )
    .unwrap();
    println!("{summary}");
    assert_eq!(summary.source, h.lo.0);
    assert!(summary.image_sha256_checked);
    assert_eq!(
        std::fs::read(&dest).unwrap(),
        std::fs::read(&h.image).unwrap()
    );
    assert_eq!(common::backing_file(&h.lo.0), dest.to_str().unwrap());
    common::drop_tree_cache(&root.0);
    assert_eq!(common::tree_digests(&root.0), digests);
    drop(root);
    drop(h);
    drop(ram);
}
