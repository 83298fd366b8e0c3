//! Encoding on all cores, results handed over in input order as soon as the
//! next one is ready. Workers claim inputs in order and run at most a window
//! of input bytes ahead of the consumer: a long unit keeps one core busy while
//! the others go on with the units after it (fixed batches left cores idle
//! at each batch's end, waiting for its longest unit), and memory stays
//! bounded by the window.

use crate::error::{Error, Result};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Condvar, Mutex};

/// Runs `encode` on every input on all cores; `consume` gets an [`InOrder`]
/// whose `next` yields the results in input order. `weight` is an input's
/// size; workers stay within `window` of it ahead of the consumer (the
/// consumer's next input is always started, whatever its weight).
pub fn encode_in_order<I: Sync, O: Send, T>(
    inputs: &[I],
    weight: impl Fn(&I) -> u64,
    window: u64,
    encode: impl Fn(&I) -> Result<O> + Sync,
    consume: impl FnOnce(&mut InOrder<'_, O>) -> Result<T>,
) -> Result<T> {
    let mut ends = Vec::with_capacity(inputs.len() + 1);
    ends.push(0u64);
    for input in inputs {
        ends.push(ends.last().unwrap() + weight(input));
    }
    let gate = Gate {
        consumed: Mutex::new(0),
        moved: Condvar::new(),
        stop: AtomicBool::new(false),
    };
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::thread::scope(|s| {
        let (tx, rx) = mpsc::channel();
        for _ in 0..workers {
            let tx = tx.clone();
            let (gate, next, ends, encode) = (&gate, &next, &ends, &encode);
            s.spawn(move || {
                // A panic in `encode` must not leave the others waiting at the gate.
                let _stop_on_unwind = StopOnDrop(gate);
                loop {
                    let k = next.fetch_add(1, Ordering::Relaxed);
                    if k >= inputs.len() || !gate.wait_for_room(k, ends, window) {
                        break;
                    }
                    if tx.send((k, encode(&inputs[k]))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut in_order = InOrder {
            rx,
            pending: HashMap::new(),
            next: 0,
            gate: &gate,
        };
        let out = consume(&mut in_order);
        gate.stop();
        out
    })
}

/// The results of [`encode_in_order`], one `next` per input, in input order.
pub struct InOrder<'a, O> {
    rx: mpsc::Receiver<(usize, Result<O>)>,
    pending: HashMap<usize, Result<O>>,
    next: usize,
    gate: &'a Gate,
}

impl<O> InOrder<'_, O> {
    /// The next input's result, waiting for it if a worker still has it.
    pub fn next(&mut self) -> Result<O> {
        let result = loop {
            if let Some(r) = self.pending.remove(&self.next) {
                break r;
            }
            match self.rx.recv() {
                Ok((k, r)) => {
                    self.pending.insert(k, r);
                }
                Err(_) => {
                    return Err(Error::Corrupt(format!(
                        "no encoding for data unit {}: every worker stopped",
                        self.next
                    )));
                }
            }
        };
        self.next += 1;
        self.gate.advance(self.next);
        result
    }
}

struct Gate {
    /// Inputs the consumer has taken.
    consumed: Mutex<usize>,
    moved: Condvar,
    stop: AtomicBool,
}

impl Gate {
    /// Waits until input `k` fits in the window ahead of the consumer; false
    /// if the work was stopped meanwhile.
    fn wait_for_room(&self, k: usize, ends: &[u64], window: u64) -> bool {
        let mut consumed = self.consumed.lock().unwrap_or_else(|e| e.into_inner());
        while !self.stop.load(Ordering::Relaxed)
            && k > *consumed
            && ends[k + 1] - ends[*consumed] > window
        {
            consumed = self.moved.wait(consumed).unwrap_or_else(|e| e.into_inner());
        }
        !self.stop.load(Ordering::Relaxed)
    }

    fn advance(&self, consumed: usize) {
        *self.consumed.lock().unwrap_or_else(|e| e.into_inner()) = consumed;
        self.moved.notify_all();
    }

    fn stop(&self) {
        let _held = self.consumed.lock().unwrap_or_else(|e| e.into_inner());
        self.stop.store(true, Ordering::Relaxed);
        self.moved.notify_all();
    }
}

struct StopOnDrop<'a>(&'a Gate);

impl Drop for StopOnDrop<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.stop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_input_order_whatever_the_finishing_order() {
        let inputs: Vec<u64> = (0..200).collect();
        let got = encode_in_order(
            &inputs,
            |_| 1,
            8,
            |&i| {
                // Early inputs take longest, so later ones finish first.
                std::thread::sleep(std::time::Duration::from_micros((200 - i) * 20));
                Ok(i * 3)
            },
            |r| {
                (0..inputs.len())
                    .map(|_| r.next())
                    .collect::<Result<Vec<_>>>()
            },
        )
        .unwrap();
        assert_eq!(got, inputs.iter().map(|i| i * 3).collect::<Vec<_>>());
    }

    #[test]
    fn workers_stay_within_the_window() {
        let inputs: Vec<usize> = (0..100).collect();
        let consumed = AtomicUsize::new(0);
        let ahead = AtomicUsize::new(0);
        encode_in_order(
            &inputs,
            |_| 10,
            30,
            |&i| {
                let c = consumed.load(Ordering::SeqCst);
                ahead.fetch_max(i.saturating_sub(c), Ordering::SeqCst);
                Ok(i)
            },
            |r| {
                for _ in 0..inputs.len() {
                    std::thread::sleep(std::time::Duration::from_micros(200));
                    r.next()?;
                    consumed.fetch_add(1, Ordering::SeqCst);
                }
                Ok(())
            },
        )
        .unwrap();
        // Window 30 of weight 10: inputs c, c+1, c+2 (the gate counts c one step before
        // this test does).
        assert!(ahead.load(Ordering::SeqCst) <= 3, "{ahead:?}");
    }

    #[test]
    fn an_error_is_the_result_of_its_input_and_the_workers_stop() {
        let inputs: Vec<u64> = (0..1000).collect();
        let err = encode_in_order(
            &inputs,
            |_| 1,
            4,
            |&i| {
                if i == 7 {
                    Err(Error::Corrupt("unit 7".into()))
                } else {
                    Ok(i)
                }
            },
            |r| {
                for k in 0..inputs.len() as u64 {
                    assert_eq!(r.next()?, k);
                }
                Ok(())
            },
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "corrupt erofs image: unit 7");
    }
}
