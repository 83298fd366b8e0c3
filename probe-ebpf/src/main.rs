//! The kernel side of liveopt's probe: tracepoint programs that report page-cache
//! accesses, opens, execs and block reads into one ring buffer.
//!
//! No CO-RE: every tracepoint field is read at an offset the collector measured
//! from tracefs and stored in the `CONFIG` global before load, so one object runs
//! on any kernel whose tracepoints have the fields. Filtering (by filesystem
//! device, by followed process tree) happens here to keep the ring buffer small.
#![no_std]
#![no_main]

use aya_ebpf::{
    helpers::{
        bpf_get_current_comm, bpf_get_current_pid_tgid, bpf_ktime_get_ns,
        bpf_probe_read_user_str_bytes,
    },
    macros::{map, tracepoint},
    maps::{Array, HashMap, PerCpuArray, RingBuf},
    programs::TracePointContext,
};
use aya_log_ebpf::info;
use probe_common::{Config, Event, EventKind, Fields, PathEvent, NO_FIELD};

/// Tracepoint field offsets and switches; overwritten by the collector at load time.
#[no_mangle]
static CONFIG: Config = Config::ZERO;

#[map]
static EVENTS: RingBuf = RingBuf::with_byte_size(16 * 1024 * 1024, 0);

#[map]
static DROPS: PerCpuArray<u64> = PerCpuArray::with_max_entries(1, 0);

#[map]
static FS_DEVS: HashMap<u32, u8> = HashMap::with_max_entries(64, 0);

#[map]
static BLOCK_DEVS: HashMap<u32, u8> = HashMap::with_max_entries(64, 0);

#[map]
static FOLLOWED: HashMap<u32, u8> = HashMap::with_max_entries(65536, 0);

/// Index 0: set once the "attached" diagnostic was logged.
#[map]
static GREETED: Array<u32> = Array::with_max_entries(1, 0);

#[inline(always)]
fn config() -> &'static Config {
    &CONFIG
}

#[inline(always)]
fn cfg_u32(v: &u32) -> u32 {
    // Volatile: the value is patched into .rodata after compilation.
    unsafe { core::ptr::read_volatile(v) }
}

#[inline(always)]
fn fields(f: &Fields) -> Fields {
    Fields {
        a: cfg_u32(&f.a),
        b: cfg_u32(&f.b),
        c: cfg_u32(&f.c),
        d: cfg_u32(&f.d),
    }
}

#[inline(always)]
fn read<T>(ctx: &TracePointContext, offset: u32) -> Option<T> {
    if offset == NO_FIELD {
        return None;
    }
    unsafe { ctx.read_at::<T>(offset as usize) }.ok()
}

#[inline(always)]
fn count_drop() {
    if let Some(p) = DROPS.get_ptr_mut(0) {
        unsafe { *p += 1 };
    }
}

/// The current task's (pid, tgid), or None when `--follow-command` excludes it.
#[inline(always)]
fn current_task() -> Option<(u32, u32)> {
    let id = bpf_get_current_pid_tgid();
    let (pid, tgid) = (id as u32, (id >> 32) as u32);
    if cfg_u32(&config().follow) != 0 && unsafe { FOLLOWED.get(tgid) }.is_none() {
        return None;
    }
    Some((pid, tgid))
}

#[inline(always)]
fn fs_dev_allowed(dev: u32) -> bool {
    cfg_u32(&config().filter_devs) == 0 || unsafe { FS_DEVS.get(dev) }.is_some()
}

#[inline(always)]
fn fill(e: &mut Event, kind: EventKind, pid: u32, tgid: u32) {
    e.kind = kind as u32;
    e.pid = pid;
    e.tgid = tgid;
    e.ts_ns = unsafe { bpf_ktime_get_ns() };
    e.comm = bpf_get_current_comm().unwrap_or([0; 16]);
}

#[inline(always)]
fn emit(kind: EventKind, pid: u32, tgid: u32, dev: u32, ino: u64, index: u64, count: u64) {
    match EVENTS.reserve::<Event>(0) {
        Some(mut entry) => {
            let mut e = Event {
                dev,
                ino,
                index,
                count,
                ..Event::default()
            };
            fill(&mut e, kind, pid, tgid);
            entry.write(e);
            entry.submit(0);
        }
        None => count_drop(),
    }
}

/// Shared body of the four filemap tracepoints.
/// `last_is_order`: `d` is the folio order (add_to_page_cache), else the last index.
#[inline(always)]
fn filemap(ctx: &TracePointContext, kind: EventKind, f: Fields, last_is_order: bool) -> u32 {
    let Some(dev) = read::<u32>(ctx, f.c) else {
        return 0;
    };
    if !fs_dev_allowed(dev) {
        return 0;
    }
    let Some((pid, tgid)) = current_task() else {
        return 0;
    };
    let ino = read::<u64>(ctx, f.a).unwrap_or(0);
    let index = read::<u64>(ctx, f.b).unwrap_or(0);
    let count = if last_is_order {
        let order = read::<u8>(ctx, f.d).unwrap_or(0);
        1u64 << (order & 31)
    } else {
        match read::<u64>(ctx, f.d) {
            Some(last) if last >= index => last - index + 1,
            _ => 1,
        }
    };
    emit(kind, pid, tgid, dev, ino, index, count);
    0
}

#[tracepoint]
pub fn add_to_page_cache(ctx: TracePointContext) -> u32 {
    filemap(
        &ctx,
        EventKind::CacheAdd,
        fields(&config().add_to_page_cache),
        true,
    )
}

#[tracepoint]
pub fn get_pages(ctx: TracePointContext) -> u32 {
    filemap(&ctx, EventKind::Read, fields(&config().get_pages), false)
}

#[tracepoint]
pub fn map_pages(ctx: TracePointContext) -> u32 {
    filemap(
        &ctx,
        EventKind::MapPages,
        fields(&config().map_pages),
        false,
    )
}

#[tracepoint]
pub fn filemap_fault(ctx: TracePointContext) -> u32 {
    let f = fields(&config().fault);
    filemap(&ctx, EventKind::Fault, Fields { d: NO_FIELD, ..f }, false)
}

/// Shared body of openat and execve: copy the user's file name into the ring buffer.
#[inline(always)]
fn path_event(kind: EventKind, pid: u32, tgid: u32, dfd: u64, filename: u64) {
    let Some(mut entry) = EVENTS.reserve::<PathEvent>(0) else {
        count_drop();
        return;
    };
    let e = entry.as_mut_ptr();
    unsafe {
        let mut head = Event {
            ino: dfd,
            ..Event::default()
        };
        fill(&mut head, kind, pid, tgid);
        (*e).event = head;
        (*e)._pad = 0;
        let buf = &mut (*e).filename;
        let len = match bpf_probe_read_user_str_bytes(filename as *const u8, buf) {
            Ok(s) => s.len() as u32,
            Err(_) => 0,
        };
        (*e).filename_len = len;
    }
    entry.submit(0);
}

#[tracepoint]
pub fn openat(ctx: TracePointContext) -> u32 {
    // The collector opens a file right after attaching, so this line says the probe is live.
    if let Some(greeted) = GREETED.get_ptr_mut(0) {
        if unsafe { *greeted } == 0 {
            unsafe { *greeted = 1 };
            let tgid = (bpf_get_current_pid_tgid() >> 32) as u32;
            info!(&ctx, "probe attached (first openat from tgid {})", tgid);
        }
    }
    let Some((pid, tgid)) = current_task() else {
        return 0;
    };
    let f = fields(&config().openat);
    let dfd = read::<u64>(&ctx, f.a).unwrap_or(u64::MAX);
    let Some(filename) = read::<u64>(&ctx, f.b) else {
        return 0;
    };
    path_event(EventKind::Open, pid, tgid, dfd, filename);
    0
}

#[tracepoint]
pub fn execve(ctx: TracePointContext) -> u32 {
    let Some((pid, tgid)) = current_task() else {
        return 0;
    };
    let f = fields(&config().execve);
    let Some(filename) = read::<u64>(&ctx, f.b) else {
        return 0;
    };
    path_event(EventKind::Exec, pid, tgid, u64::MAX, filename);
    0
}

#[tracepoint]
pub fn block_rq_issue(ctx: TracePointContext) -> u32 {
    let f = fields(&config().block_rq_issue);
    let Some(dev) = read::<u32>(&ctx, f.a) else {
        return 0;
    };
    if unsafe { BLOCK_DEVS.get(dev) }.is_none() {
        return 0;
    }
    let Some(rwbs) = read::<[u8; 2]>(&ctx, f.d) else {
        return 0;
    };
    if !(rwbs[0] == b'R' || (rwbs[0] == b'F' && rwbs[1] == b'R')) {
        return 0;
    }
    let sector = read::<u64>(&ctx, f.b).unwrap_or(0);
    let nr_sector = read::<u32>(&ctx, f.c).unwrap_or(0);
    // Block I/O is often issued from other contexts (kworkers, loop threads): no pid filter.
    let id = bpf_get_current_pid_tgid();
    emit(
        EventKind::BlockRead,
        id as u32,
        (id >> 32) as u32,
        dev,
        0,
        sector,
        u64::from(nr_sector) * 512,
    );
    0
}

#[tracepoint]
pub fn process_fork(ctx: TracePointContext) -> u32 {
    let f = fields(&config().fork);
    let Some(child) = read::<i32>(&ctx, f.a) else {
        return 0;
    };
    let id = bpf_get_current_pid_tgid();
    let tgid = (id >> 32) as u32;
    if cfg_u32(&config().follow) != 0 {
        if unsafe { FOLLOWED.get(tgid) }.is_none() {
            return 0;
        }
        let _ = FOLLOWED.insert(child as u32, 1u8, 0);
    }
    emit(EventKind::Fork, id as u32, tgid, 0, child as u64, 0, 0);
    0
}

#[cfg(not(test))]
#[panic_handler]
fn panic(_info: &core::panic::PanicInfo) -> ! {
    loop {}
}

#[link_section = "license"]
#[no_mangle]
static LICENSE: [u8; 4] = *b"GPL\0";
