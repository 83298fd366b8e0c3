//! An ordered parallel map: inputs are processed on all cores, results are
//! handed to the sink in input order, with a bounded number in flight (so
//! memory stays bounded however large the image is).

use std::collections::BTreeMap;
use std::sync::mpsc;
use std::sync::Mutex;

pub fn threads() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, 64)
}

/// Runs `f` over `inputs` on `threads()` workers; `sink` sees the results in input order.
/// Stops at the first error (of `f` or `sink`).
pub fn par_ordered<I, O, E, F, S>(
    inputs: impl Iterator<Item = I>,
    f: F,
    mut sink: S,
) -> Result<(), E>
where
    I: Send,
    O: Send,
    E: Send,
    F: Fn(I) -> Result<O, E> + Sync,
    S: FnMut(O) -> Result<(), E>,
{
    let n = threads();
    let max_in_flight = n * 4;
    let (job_tx, job_rx) = mpsc::channel::<(u64, I)>();
    let job_rx = Mutex::new(job_rx);
    let (res_tx, res_rx) = mpsc::channel::<(u64, Result<O, E>)>();
    std::thread::scope(|scope| {
        for _ in 0..n {
            let job_rx = &job_rx;
            let res_tx = res_tx.clone();
            let f = &f;
            scope.spawn(move || loop {
                let job = job_rx.lock().unwrap().recv();
                let Ok((seq, input)) = job else { break };
                if res_tx.send((seq, f(input))).is_err() {
                    break;
                }
            });
        }
        drop(res_tx);
        let mut inputs = inputs.fuse();
        let mut sent = 0u64;
        let mut next = 0u64;
        let mut pending: BTreeMap<u64, O> = BTreeMap::new();
        let result = (|| loop {
            while sent - next < max_in_flight as u64 {
                match inputs.next() {
                    Some(i) => {
                        job_tx.send((sent, i)).expect("workers alive");
                        sent += 1;
                    }
                    None => break,
                }
            }
            if next == sent {
                return Ok(());
            }
            let (seq, r) = res_rx.recv().expect("workers alive");
            pending.insert(seq, r?);
            while let Some(o) = pending.remove(&next) {
                next += 1;
                sink(o)?;
            }
        })();
        drop(job_tx);
        result
    })
}
