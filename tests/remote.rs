//! The remote-store round trip (ingest, query, update, export, idempotent re-ingest)
//! against a real Oxigraph server on 127.0.0.1, started here. The server is the
//! `oxigraph` command of the PyPI package `oxigraph` (scripts/setup.sh installs it).

mod common;

use common::{ok, run, seed};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn oxigraph_server() -> Option<PathBuf> {
    let on_path = std::env::var_os("PATH").and_then(|p| {
        std::env::split_paths(&p)
            .map(|d| d.join("oxigraph"))
            .find(|c| c.is_file())
    });
    on_path.or_else(|| {
        let out = Command::new("python3")
            .args([
                "-c",
                "import sysconfig; print(sysconfig.get_path('scripts'))",
            ])
            .output()
            .ok()?;
        let candidate = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()).join("oxigraph");
        candidate.is_file().then_some(candidate)
    })
}

struct Server {
    child: Child,
    url: String,
    _dir: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start() -> Option<Server> {
    let Some(bin) = oxigraph_server() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must provide the Oxigraph server (pip install oxigraph; scripts/setup.sh does)"
        );
        eprintln!(
            "skipping the remote-store test: no `oxigraph` server command (pip install oxigraph)"
        );
        return None;
    };
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dir = tempfile::tempdir().unwrap();
    let child = Command::new(bin)
        .args([
            "serve",
            "--location",
            dir.path().to_str().unwrap(),
            "--bind",
            &format!("127.0.0.1:{port}"),
            "--union-default-graph",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the oxigraph server starts");
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the oxigraph server did not come up"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    Some(Server {
        child,
        url: format!("http://127.0.0.1:{port}"),
        _dir: dir,
    })
}

#[test]
fn remote_store_round_trip() {
    let Some(server) = start() else { return };
    let url = server.url.as_str();
    let seed = seed().display().to_string();
    ok(&["ingest", "--endpoint", url, &seed]);
    let count = || {
        ok(&[
            "query",
            "--endpoint",
            url,
            "--format",
            "tsv",
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
        ])
    };
    let first = count();
    let met = ok(&[
        "query",
        "--endpoint",
        url,
        "--format",
        "csv",
        "PREFIX dg: <https://w3id.org/diplograph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT DISTINCT ?n WHERE { ?e a dg:Meeting ; dg:participant/rdfs:label ?n }",
    ]);
    for who in [
        "Sergey Lavrov",
        "Richard Haass",
        "Charles Kupchan",
        "Thomas Graham",
    ] {
        assert!(met.contains(who), "{who} missing: {met}");
    }
    // Re-ingest replaces the article's graph: the same quads, no duplicates.
    ok(&["ingest", "--endpoint", url, &seed]);
    assert_eq!(
        first,
        count(),
        "re-ingest over the endpoint is not idempotent"
    );
    ok(&["update", "--endpoint", url, "INSERT DATA { GRAPH <http://example.com/g> { <http://example.com/a> <http://example.com/b> \"c\" } }"]);
    let ttl = ok(&["export", "--endpoint", url, "--format", "turtle"]);
    let triples: Vec<_> = oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::Turtle)
        .for_slice(&ttl)
        .collect::<Result<_, _>>()
        .expect("the remote export parses");
    assert!(triples.len() > 300 && ttl.contains("example.com/a"));
    let bad = run(&["query", "--endpoint", url, "SELECT ?x WHERE { ?x"]);
    assert_eq!(
        bad.status.code(),
        Some(2),
        "a syntax error from the server exits 2"
    );
}

#[test]
fn an_unreachable_endpoint_is_a_clear_error() {
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let out = run(&[
        "query",
        "--endpoint",
        &format!("http://127.0.0.1:{port}"),
        "ASK {}",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("127.0.0.1:{port}")), "{err}");
}
