//! Tracepoint discovery: where tracefs is, which events exist, and the byte
//! offsets of their fields (read from each event's `format` file).
//!
//! The probe has no CO-RE, so these offsets are what make one probe object work
//! on different kernels. `LIVEOPT_TRACEFS` overrides the tracefs root (tests use
//! it to present a kernel without some events).

use std::{
    collections::HashMap,
    fs,
    path::{Path, PathBuf},
};

use anyhow::{anyhow, bail, Context, Result};
use probe_common::{Config, Fields, NO_FIELD};

/// Environment variable naming an alternative tracefs root.
pub const TRACEFS_ENV: &str = "LIVEOPT_TRACEFS";

/// The tracefs root, mounting tracefs on /sys/kernel/tracing if nothing is mounted.
pub fn root() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os(TRACEFS_ENV) {
        return Ok(PathBuf::from(dir));
    }
    for dir in ["/sys/kernel/tracing", "/sys/kernel/debug/tracing"] {
        if Path::new(dir).join("events").is_dir() {
            return Ok(PathBuf::from(dir));
        }
    }
    let dir = c"/sys/kernel/tracing";
    // SAFETY: plain mount(2) with static C strings.
    let rc = unsafe {
        libc::mount(
            c"tracefs".as_ptr(),
            dir.as_ptr(),
            c"tracefs".as_ptr(),
            0,
            std::ptr::null(),
        )
    };
    if rc != 0 {
        bail!(
            "tracefs is not mounted and mounting it on /sys/kernel/tracing failed: {}",
            std::io::Error::last_os_error()
        );
    }
    Ok(PathBuf::from("/sys/kernel/tracing"))
}

/// One field of a tracepoint record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    pub offset: u32,
    pub size: u32,
}

/// The fields of one event, by name.
#[derive(Clone, Debug, Default)]
pub struct Format {
    pub fields: HashMap<String, Field>,
}

impl Format {
    /// Parses the text of an `events/<sys>/<event>/format` file.
    pub fn parse(text: &str) -> Format {
        let mut fields = HashMap::new();
        for line in text.lines() {
            let line = line.trim();
            let Some(rest) = line.strip_prefix("field:") else {
                continue;
            };
            let mut parts = rest.split(';').map(str::trim);
            let Some(decl) = parts.next() else { continue };
            let (mut offset, mut size) = (None, None);
            for p in parts {
                if let Some(v) = p.strip_prefix("offset:") {
                    offset = v.parse().ok();
                } else if let Some(v) = p.strip_prefix("size:") {
                    size = v.parse().ok();
                }
            }
            // "unsigned long i_ino", "char rwbs[10]", "__data_loc char[] cmd".
            let Some(name) = decl.split_whitespace().last() else {
                continue;
            };
            let name = name.split('[').next().unwrap_or(name);
            if let (Some(offset), Some(size)) = (offset, size) {
                fields.insert(name.to_string(), Field { offset, size });
            }
        }
        Format { fields }
    }

    /// The offset of `name` if it exists with one of the accepted sizes.
    fn offset(&self, name: &str, sizes: &[u32]) -> Result<u32> {
        let f = self
            .fields
            .get(name)
            .ok_or_else(|| anyhow!("no field {name}"))?;
        if !sizes.contains(&f.size) {
            bail!("field {name} has size {}, expected {sizes:?}", f.size);
        }
        Ok(f.offset)
    }

    fn optional(&self, name: &str, sizes: &[u32]) -> u32 {
        self.offset(name, sizes).unwrap_or(NO_FIELD)
    }
}

/// Reads an event's format; `None` if this kernel does not have the event.
pub fn read_format(root: &Path, system: &str, event: &str) -> Result<Option<Format>> {
    let path = root.join("events").join(system).join(event).join("format");
    match fs::read_to_string(&path) {
        Ok(text) => Ok(Some(Format::parse(&text))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
    }
}

/// A tracepoint the probe can attach to, with the program that handles it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tracepoint {
    pub program: &'static str,
    pub system: &'static str,
    pub event: &'static str,
    /// Recording is refused without it.
    pub required: bool,
}

/// Every tracepoint the probe knows, required first.
pub const TRACEPOINTS: [Tracepoint; 8] = [
    tp(
        "add_to_page_cache",
        "filemap",
        "mm_filemap_add_to_page_cache",
        true,
    ),
    tp("get_pages", "filemap", "mm_filemap_get_pages", false),
    tp("map_pages", "filemap", "mm_filemap_map_pages", false),
    tp("filemap_fault", "filemap", "mm_filemap_fault", false),
    tp("openat", "syscalls", "sys_enter_openat", false),
    tp("execve", "syscalls", "sys_enter_execve", false),
    tp("block_rq_issue", "block", "block_rq_issue", false),
    tp("process_fork", "sched", "sched_process_fork", false),
];

const fn tp(
    program: &'static str,
    system: &'static str,
    event: &'static str,
    required: bool,
) -> Tracepoint {
    Tracepoint {
        program,
        system,
        event,
        required,
    }
}

/// What this kernel offers: the probe's config and the tracepoints to attach.
#[derive(Clone, Debug)]
pub struct Discovery {
    pub config: Config,
    pub available: Vec<Tracepoint>,
    /// One line per optional tracepoint that is missing or unusable.
    pub warnings: Vec<String>,
}

/// Reads every known event's format under `root` and builds the probe config.
pub fn discover(root: &Path) -> Result<Discovery> {
    let mut config = Config::ZERO;
    let mut available = Vec::new();
    let mut warnings = Vec::new();
    for t in TRACEPOINTS {
        let name = format!("{}:{}", t.system, t.event);
        let fields = match read_format(root, t.system, t.event)? {
            None => Err(anyhow!("not in {}", root.join("events").display())),
            Some(f) => fields_for(t.program, &f),
        };
        match fields {
            Ok(fields) => {
                set_fields(&mut config, t.program, fields);
                available.push(t);
            }
            Err(e) if t.required => {
                bail!("required tracepoint {name} is unusable on this kernel: {e:#}")
            }
            Err(e) => warnings.push(format!("optional tracepoint {name} unavailable: {e:#}")),
        }
    }
    Ok(Discovery {
        config,
        available,
        warnings,
    })
}

/// The offsets a program needs, in the layout documented on `probe_common::Config`.
fn fields_for(program: &str, f: &Format) -> Result<Fields> {
    const LONG: &[u32] = &[8];
    const DEV: &[u32] = &[4];
    Ok(match program {
        "add_to_page_cache" => Fields {
            a: f.offset("i_ino", LONG)?,
            b: f.offset("index", LONG)?,
            c: f.offset("s_dev", DEV)?,
            d: f.optional("order", &[1]),
        },
        "get_pages" | "map_pages" => Fields {
            a: f.offset("i_ino", LONG)?,
            b: f.offset("index", LONG)?,
            c: f.offset("s_dev", DEV)?,
            d: f.offset("last_index", LONG)?,
        },
        "filemap_fault" => Fields {
            a: f.offset("i_ino", LONG)?,
            b: f.offset("index", LONG)?,
            c: f.offset("s_dev", DEV)?,
            d: NO_FIELD,
        },
        "openat" => Fields {
            a: f.offset("dfd", LONG)?,
            b: f.offset("filename", LONG)?,
            ..Fields::NONE
        },
        "execve" => Fields {
            b: f.offset("filename", LONG)?,
            ..Fields::NONE
        },
        "block_rq_issue" => Fields {
            a: f.offset("dev", DEV)?,
            b: f.offset("sector", LONG)?,
            c: f.offset("nr_sector", &[4])?,
            d: f.offset("rwbs", &[8, 9, 10])?,
        },
        "process_fork" => Fields {
            a: f.offset("child_pid", &[4])?,
            ..Fields::NONE
        },
        other => bail!("unknown program {other}"),
    })
}

fn set_fields(config: &mut Config, program: &str, fields: Fields) {
    let slot = match program {
        "add_to_page_cache" => &mut config.add_to_page_cache,
        "get_pages" => &mut config.get_pages,
        "map_pages" => &mut config.map_pages,
        "filemap_fault" => &mut config.fault,
        "openat" => &mut config.openat,
        "execve" => &mut config.execve,
        "block_rq_issue" => &mut config.block_rq_issue,
        "process_fork" => &mut config.fork,
        _ => return,
    };
    *slot = fields;
}

#[cfg(test)]
mod tests {
    use super::*;

    const ADD: &str = "name: mm_filemap_add_to_page_cache\nID: 600\nformat:\n\
\tfield:unsigned short common_type;\toffset:0;\tsize:2;\tsigned:0;\n\n\
\tfield:unsigned long pfn;\toffset:8;\tsize:8;\tsigned:0;\n\
\tfield:unsigned long i_ino;\toffset:16;\tsize:8;\tsigned:0;\n\
\tfield:unsigned long index;\toffset:24;\tsize:8;\tsigned:0;\n\
\tfield:dev_t s_dev;\toffset:32;\tsize:4;\tsigned:0;\n\
\tfield:unsigned char order;\toffset:36;\tsize:1;\tsigned:0;\n\nprint fmt: \"x\"\n";

    #[test]
    fn parses_offsets() {
        let f = Format::parse(ADD);
        assert_eq!(
            f.fields["i_ino"],
            Field {
                offset: 16,
                size: 8
            }
        );
        let fields = fields_for("add_to_page_cache", &f).unwrap();
        assert_eq!((fields.a, fields.b, fields.c, fields.d), (16, 24, 32, 36));
    }

    #[test]
    fn arrays_and_data_loc() {
        let f = Format::parse(
            "\tfield:char rwbs[10];\toffset:34;\tsize:10;\tsigned:0;\n\
             \tfield:__data_loc char[] cmd;\toffset:60;\tsize:4;\tsigned:0;\n",
        );
        assert_eq!(f.fields["rwbs"].offset, 34);
        assert_eq!(f.fields["cmd"].offset, 60);
    }

    #[test]
    fn missing_order_is_optional_missing_ino_is_not() {
        let without_order = ADD.replace(
            "\tfield:unsigned char order;",
            "\tfield:unsigned char xorder;",
        );
        let fields = fields_for("add_to_page_cache", &Format::parse(&without_order)).unwrap();
        assert_eq!(fields.d, NO_FIELD);
        let without_ino = ADD.replace("i_ino", "x_ino");
        assert!(fields_for("add_to_page_cache", &Format::parse(&without_ino)).is_err());
    }
}
