//! An interactive guest on the serial console: boot a [`BootConfig`] in QEMU, wait for
//! the login prompt, log in as root and run shell commands, reading their output and exit
//! status back. For guests that stay up (the block-layout example), where a test needs to
//! look at and act on the running system rather than wait for a marker.

use std::io::{Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use crate::boot::{BootConfig, INIT_FAILED, LOGIN_PROMPT};

/// A running guest whose ttyS0 is this process's to read and type on. QEMU is killed
/// when it is dropped.
pub struct Session {
    child: Child,
    stdin: ChildStdin,
    output: Arc<Mutex<Vec<u8>>>,
    /// How far [`Session::wait_for`] has consumed the output.
    seen: usize,
}

/// Printed after each command with its status; split in the typed text so that the
/// echo of the command line never matches.
const DONE: &str = "LIVEOPT-SESSION-DONE";

impl Session {
    /// Starts QEMU with `config` (its kernel, initrd, command line and media), the serial
    /// console on stdin/stdout.
    pub fn start(config: &BootConfig) -> Result<Session> {
        let mut child = Command::new("qemu-system-x86_64")
            .args(config.qemu_args(None))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .context("starting qemu-system-x86_64 (run scripts/setup.sh)")?;
        let stdin = child.stdin.take().expect("piped");
        let mut stdout = child.stdout.take().expect("piped");
        let output = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&output);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stdout.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock()
                    .expect("output lock")
                    .extend_from_slice(&buf[..n]);
            }
        });
        Ok(Session {
            child,
            stdin,
            output,
            seen: 0,
        })
    }

    /// Everything the guest printed so far.
    pub fn transcript(&self) -> String {
        String::from_utf8_lossy(&self.output.lock().expect("output lock")).into_owned()
    }

    /// Waits until the output after the last match holds `text`; returns the output up to
    /// and including it. Fails on timeout, when QEMU exits, or when the initramfs gives up.
    pub fn wait_for(&mut self, text: &str, timeout: Duration) -> Result<String> {
        let started = Instant::now();
        loop {
            {
                let output = self.output.lock().expect("output lock");
                let fresh = String::from_utf8_lossy(&output[self.seen..]).into_owned();
                if let Some(at) = fresh.find(text) {
                    let end = at + text.len();
                    // Byte offsets agree: lossy decoding only changes invalid bytes, and
                    // the console text before a match is ASCII in practice.
                    self.seen += end.min(output.len() - self.seen);
                    return Ok(fresh[..end].to_string());
                }
                if fresh.contains(INIT_FAILED) {
                    bail!("the initramfs failed:{}", tail(&fresh));
                }
            }
            if let Some(status) = self.child.try_wait()? {
                bail!(
                    "QEMU exited ({status}) while waiting for {text:?}:{}",
                    tail(&self.transcript())
                );
            }
            if started.elapsed() > timeout {
                bail!(
                    "no {text:?} within {timeout:?}:{}",
                    tail(&self.transcript())
                );
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Types `text` on the console.
    pub fn send(&mut self, text: &str) -> Result<()> {
        self.stdin.write_all(text.as_bytes())?;
        self.stdin.flush()?;
        Ok(())
    }

    /// Waits for the login prompt and logs in as root with no password (the live
    /// session), then waits for the shell to take commands.
    pub fn login_as_root(&mut self, timeout: Duration) -> Result<()> {
        self.login("root", None, timeout)
    }

    /// Waits for the login prompt and logs in as `user`, typing `password` when asked,
    /// then waits for the shell to take commands.
    pub fn login(&mut self, user: &str, password: Option<&str>, timeout: Duration) -> Result<()> {
        self.wait_for(LOGIN_PROMPT, timeout)?;
        self.send(&format!("{user}\n"))?;
        if let Some(password) = password {
            self.wait_for("Password:", Duration::from_secs(120))?;
            self.send(&format!("{password}\n"))?;
            // login flushes what was typed before the shell runs: wait for its prompt.
            let prompt = if user == "root" { "# " } else { "$ " };
            self.wait_for(prompt, Duration::from_secs(120))
                .with_context(|| format!("no shell prompt after logging in as {user}"))?;
        }
        // A wide terminal: the echo of a long command line stays on one line. Kernel
        // messages and systemd's status lines stay off the console (the journal still has
        // them): printed while a command runs, one lands in that command's output (an
        // install's floppy probe error does; a slow boot's "A start job is running").
        self.run(
            "stty cols 4000; dmesg -n 1 2>/dev/null; kill -s RTMIN+21 1 2>/dev/null",
            Duration::from_secs(120),
        )
        .with_context(|| format!("no shell after logging in as {user}"))?;
        Ok(())
    }

    /// Runs `command` in the guest's shell; returns its output (the command line's echo
    /// and the status line removed) and its exit status.
    pub fn run(&mut self, command: &str, timeout: Duration) -> Result<(String, i32)> {
        let (left, right) = DONE.split_at(DONE.len() / 2);
        // A command put in the background (`... &`) takes no `;` after it.
        let separator = if command.trim_end().ends_with('&') {
            " "
        } else {
            "; "
        };
        self.send(&format!(
            "{command}{separator}echo \"{left}\"\"{right} $?\"\n"
        ))?;
        let text = self.wait_for(&format!("{DONE} "), timeout)?;
        let status_line = self.wait_for("\n", Duration::from_secs(10))?;
        let status = status_line
            .trim()
            .parse()
            .with_context(|| format!("status {status_line:?} after {command:?}"))?;
        let text = strip_escapes(&text.replace('\r', ""));
        let echo = format!("{left}\"\"{right}");
        let text = text.strip_suffix(&format!("{DONE} ")).unwrap_or(&text);
        Ok((output_after_echo(text, &echo), status))
    }

    /// [`Session::run`] that fails unless the command exits 0; returns its output.
    pub fn run_ok(&mut self, command: &str, timeout: Duration) -> Result<String> {
        let (output, status) = self.run(command, timeout)?;
        if status != 0 {
            bail!("{command:?} exited {status} in the guest:\n{output}");
        }
        Ok(output)
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// What a command printed: the lines after the last one that echoes the command line
/// (`echo`, the quoted marker only the command line holds). The line can be echoed twice:
/// by the tty, typed before the shell read it, then by the shell's line editor after its
/// prompt.
fn output_after_echo(text: &str, echo: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .rposition(|l| l.contains(echo))
        .map_or(lines.len(), |i| i + 1);
    lines[start..].join("\n")
}

/// `text` without terminal control sequences (`ESC [ ... final byte`, such as bash's
/// bracketed-paste switches).
fn strip_escapes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\u{1b}' {
            out.push(c);
            continue;
        }
        if chars.peek() == Some(&'[') {
            chars.next();
            // Parameters and intermediates, then one final byte in @..~.
            for c in chars.by_ref() {
                if ('@'..='~').contains(&c) {
                    break;
                }
            }
        }
    }
    out
}

fn tail(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(25)..]
        .iter()
        .map(|l| format!("\n  | {l}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_starts_after_the_last_echo_of_the_command() {
        let echo = "LIVEOPT-SE\"\"SSION-DONE";
        let once = "root@liveopt:~# uname; echo \"LIVEOPT-SE\"\"SSION-DONE $?\"\nLinux";
        assert_eq!(output_after_echo(once, echo), "Linux");
        let twice = "uname; echo \"LIVEOPT-SE\"\"SSION-DONE $?\"\n\
                     root@liveopt:~# uname; echo \"LIVEOPT-SE\"\"SSION-DONE $?\"\nLinux\nx";
        assert_eq!(output_after_echo(twice, echo), "Linux\nx");
        assert_eq!(output_after_echo("no echo\nat all", echo), "");
    }

    #[test]
    fn escapes_are_stripped() {
        assert_eq!(
            strip_escapes("\u{1b}[?2004l/dev/mapper/live-root ext4\u{1b}[0m"),
            "/dev/mapper/live-root ext4"
        );
        assert_eq!(strip_escapes("plain"), "plain");
    }
}
