// SPDX-License-Identifier: MIT OR Apache-2.0
//! A test camera that a script can drive: runs
//! `videotestsrc is-live=true ! x264enc tune=zerolatency ! h264parse ! hksvsink` with the
//! hksvsink properties given as `NAME=VALUE` arguments, and takes commands on stdin:
//!
//! * `motion on` / `motion off`: emits `set-motion`;
//! * `doorbell`: emits `trigger-doorbell`;
//! * `quit` (or end of input): stops the pipeline and exits.
//!
//! It reports on stdout in lines starting with `HKSV-CAMERA ` (the element's own setup banner
//! is printed there too): `started port=… device-id=… setup-code=… setup-uri=… paired=…`,
//! `paired=<bool>` on every change, `ok <command>` after each command, and
//! `error <message>` before exiting with status 1.
//!
//! ```text
//! cargo run -p gst-plugin-hksv --example hksv_camera -- bind-address=127.0.0.1 advertise=false \
//!     state-dir=/tmp/cam setup-code=031-45-154
//! ```
//!
//! The environment can replace the test picture (the benchmark plays a file):
//! `HKSV_CAMERA_SOURCE` is the description of what feeds `hksvsink` (instead of the live
//! `videotestsrc`), and `HKSV_CAMERA_TAIL` is appended after the sink's properties, for
//! example an audio branch ending in `hksv.audio`.

use std::io::{BufRead, Write};
use std::sync::mpsc;
use std::time::Duration;

use anyhow::{Context, anyhow, bail};
use gst::prelude::*;

const PIPELINE: &str = "videotestsrc is-live=true \
    ! video/x-raw,width=320,height=240,framerate=15/1 \
    ! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=30 \
    ! h264parse ! hksvsink name=hksv";

fn report(line: &str) {
    let mut out = std::io::stdout().lock();
    // A closed stdout means the driving script is gone; the pipeline ends with stdin then.
    let _ = writeln!(out, "HKSV-CAMERA {line}");
    let _ = out.flush();
}

fn run() -> anyhow::Result<()> {
    gst::init()?;
    gsthksv::plugin_register_static()?;

    let mut description = match std::env::var("HKSV_CAMERA_SOURCE") {
        Ok(source) => format!("{source} ! hksvsink name=hksv"),
        Err(_) => PIPELINE.to_owned(),
    };
    // A command-line camera shows its setup code like gst-launch-1.0 does.
    description.push_str(" print-setup-code=true");
    for arg in std::env::args().skip(1) {
        let (name, value) = arg
            .split_once('=')
            .with_context(|| format!("argument '{arg}' is not NAME=VALUE"))?;
        // Quoted, so that values with spaces survive; parse errors come back as errors.
        let value = value.replace('\\', "\\\\").replace('"', "\\\"");
        description.push_str(&format!(" {name}=\"{value}\""));
    }
    if let Ok(tail) = std::env::var("HKSV_CAMERA_TAIL") {
        description.push(' ');
        description.push_str(&tail);
    }
    let pipeline = gst::parse::launch(&description)?
        .downcast::<gst::Pipeline>()
        .map_err(|_| anyhow!("not a pipeline"))?;
    let sink = pipeline
        .by_name("hksv")
        .context("no hksvsink in the pipeline")?;
    sink.connect_notify(Some("paired"), |sink, _| {
        report(&format!("paired={}", sink.property::<bool>("paired")));
    });

    // Commands come from a thread reading stdin; the main thread runs the bus.
    let (commands, received) = mpsc::channel::<String>();
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().lines() {
            let Ok(line) = line else { break };
            if commands.send(line.trim().to_owned()).is_err() {
                return;
            }
        }
        let _ = commands.send("quit".into());
    });

    let result = serve(&pipeline, &sink, &received);
    pipeline.set_state(gst::State::Null)?;
    result
}

fn serve(
    pipeline: &gst::Pipeline,
    sink: &gst::Element,
    commands: &mpsc::Receiver<String>,
) -> anyhow::Result<()> {
    let bus = pipeline.bus().context("pipeline without bus")?;
    if pipeline.set_state(gst::State::Playing).is_err() {
        // The element posted the reason on the bus.
        let reason = bus
            .pop_filtered(&[gst::MessageType::Error])
            .and_then(|msg| match msg.view() {
                gst::MessageView::Error(err) => Some(err.error().to_string()),
                _ => None,
            })
            .unwrap_or_else(|| "state change failed".into());
        bail!("{reason}");
    }
    report(&format!(
        "started port={} device-id={} setup-code={} setup-uri={} paired={}",
        sink.property::<u32>("port"),
        sink.property::<Option<String>>("device-id")
            .unwrap_or_default(),
        sink.property::<Option<String>>("setup-code")
            .unwrap_or_default(),
        sink.property::<Option<String>>("setup-uri")
            .unwrap_or_default(),
        sink.property::<bool>("paired"),
    ));
    loop {
        while let Some(msg) = bus.timed_pop(gst::ClockTime::ZERO) {
            match msg.view() {
                gst::MessageView::Error(err) => bail!("{} ({:?})", err.error(), err.debug()),
                gst::MessageView::Eos(_) => return Ok(()),
                _ => {}
            }
        }
        let command = match commands.recv_timeout(Duration::from_millis(100)) {
            Ok(command) => command,
            Err(mpsc::RecvTimeoutError::Timeout) => continue,
            Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(()),
        };
        match command.as_str() {
            "motion on" => sink.emit_by_name::<()>("set-motion", &[&true]),
            "motion off" => sink.emit_by_name::<()>("set-motion", &[&false]),
            "doorbell" => sink.emit_by_name::<()>("trigger-doorbell", &[]),
            "quit" => return Ok(()),
            "" => continue,
            other => {
                report(&format!("unknown-command {other}"));
                continue;
            }
        }
        report(&format!("ok {command}"));
    }
}

fn main() {
    if let Err(err) = run() {
        report(&format!("error {err:#}"));
        std::process::exit(1);
    }
}
