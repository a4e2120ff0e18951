//! The `diplograph` binary: a thin front over the library's command line.

use clap::Parser;
use diplograph::cli::args::Cli;
use diplograph::cli::run;

fn main() {
    // A bug must not show users a backtrace: report it briefly and exit 70 (EX_SOFTWARE).
    std::panic::set_hook(Box::new(|info| {
        eprintln!("diplograph: internal error: {info}");
        eprintln!("diplograph: this is a bug; please report it with the input that caused it");
    }));
    let cli = Cli::parse();
    let code = match std::panic::catch_unwind(|| run(cli)) {
        Ok(Ok(code)) => code,
        Ok(Err(failure)) if is_broken_pipe(&failure.error) => 0, // `diplograph ... | head`
        Ok(Err(failure)) => {
            eprintln!("diplograph: {:#}", failure.error);
            failure.code
        }
        Err(_) => 70,
    };
    std::process::exit(code);
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
