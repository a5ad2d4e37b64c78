// SPDX-License-Identifier: MIT OR Apache-2.0
//! The one tokio runtime of the process, shared by every `hksvsink` (conventions A.6): two
//! named worker threads, created the first time an element needs it.

use std::future::Future;
use std::sync::LazyLock;
use std::sync::mpsc;
use std::time::Duration;

/// Number of worker threads: HAP sessions are light; two keep one free while the other does a
/// pair-setup's SRP exponentiation.
const WORKER_THREADS: usize = 2;

static RUNTIME: LazyLock<std::io::Result<tokio::runtime::Runtime>> = LazyLock::new(|| {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(WORKER_THREADS)
        .thread_name("hksv-runtime")
        .enable_all()
        .build()
});

/// Why [`run_bounded`] could not return the future's output.
#[derive(Debug, thiserror::Error)]
pub enum RuntimeError {
    /// The runtime's threads could not be created.
    #[error("cannot create the tokio runtime: {0}")]
    Create(String),
    /// The future did not finish in time; it has been cancelled.
    #[error("timed out after {0:?}")]
    Timeout(Duration),
    /// The future's task panicked or the runtime shut down under it.
    #[error("the runtime task failed: {0}")]
    Task(String),
}

/// A handle to the shared runtime, creating it on first use.
pub fn handle() -> Result<tokio::runtime::Handle, RuntimeError> {
    match &*RUNTIME {
        Ok(rt) => Ok(rt.handle().clone()),
        Err(e) => Err(RuntimeError::Create(e.to_string())),
    }
}

/// Runs `fut` on the shared runtime and waits for it at most `timeout` from the calling
/// (GStreamer) thread. On timeout the future is dropped, which cancels it. Unlike
/// `Runtime::block_on`, this is safe to call from any thread, a runtime worker included.
pub fn run_bounded<F>(fut: F, timeout: Duration) -> Result<F::Output, RuntimeError>
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    let handle = handle()?;
    let (tx, rx) = mpsc::sync_channel(1);
    let task = handle.spawn(async move {
        let out = tokio::time::timeout(timeout, fut).await;
        // The receiver may have given up already; nothing to do then.
        let _ = tx.send(out);
    });
    // A little slack over the in-task timeout so that the task's own answer wins.
    match rx.recv_timeout(timeout + Duration::from_millis(500)) {
        Ok(Ok(out)) => Ok(out),
        Ok(Err(_elapsed)) => Err(RuntimeError::Timeout(timeout)),
        Err(mpsc::RecvTimeoutError::Timeout) => {
            task.abort();
            Err(RuntimeError::Timeout(timeout))
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => Err(RuntimeError::Task(
            "task ended without an answer (panic or runtime shutdown)".into(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_and_times_out() {
        assert_eq!(run_bounded(async { 7 }, Duration::from_secs(5)).unwrap(), 7);
        let slow = run_bounded(
            async { tokio::time::sleep(Duration::from_secs(30)).await },
            Duration::from_millis(50),
        );
        assert!(matches!(slow, Err(RuntimeError::Timeout(_))), "{slow:?}");
    }

    #[test]
    fn workers_are_named() {
        let name = run_bounded(
            async { std::thread::current().name().map(str::to_owned) },
            Duration::from_secs(5),
        )
        .unwrap();
        assert_eq!(name.as_deref(), Some("hksv-runtime"));
    }
}
