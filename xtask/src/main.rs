//! Moat's set-up and task runner: `cargo xtask <serve|test|bench|screenshots|setup>`.
//!
//! Every task first installs what it needs, pinned, skipping whatever is already there at
//! the right version, so a second run costs seconds. Only package registries are used:
//! crates.io (cargo), npm, and Debian's packages (apt-get).

use std::env;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{exit, Command};

const TRUNK: &str = "0.21.14";
/// Must equal the `wasm-bindgen = "=…"` pin in Cargo.toml and `wasm_bindgen` in Trunk.toml.
const WASM_BINDGEN: &str = "0.2.130";
const WASM_TARGET: &str = "wasm32-unknown-unknown";
const CHROMIUM: &str = "/usr/bin/chromium";
/// Debian's fonts-noto-cjk: Chinese text in screenshots and charts renders as real glyphs.
const CJK_FONT: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

const USAGE: &str = "\
usage: cargo xtask <task>
  serve        set up, build and serve the app at http://127.0.0.1:8080
  test         set up, then run every test: native, release wasm build, headless Chromium
  bench        set up, build, and print bundle size and latency figures
  screenshots  set up, build, and save screenshots of each view to tests/e2e/out/
  setup        only install the toolchain

Tools installed with cargo go to $MOAT_TOOLS (default ~/.cache/moat-tools).";

type Result<T = ()> = std::result::Result<T, String>;

fn main() {
    let task = env::args().nth(1).unwrap_or_default();
    let outcome = match task.as_str() {
        "serve" => Project::new().and_then(|p| p.serve()),
        "test" => Project::new().and_then(|p| p.test()),
        "bench" => Project::new().and_then(|p| p.node_task("tests/e2e/bench.mjs")),
        "screenshots" => Project::new().and_then(|p| p.node_task("tests/e2e/screenshots.mjs")),
        "setup" => Project::new().and_then(|p| p.setup(true)),
        _ => {
            eprintln!("{USAGE}");
            exit(2);
        }
    };
    if let Err(e) = outcome {
        eprintln!("xtask {task}: {e}");
        exit(1);
    }
}

struct Project {
    root: PathBuf,
    tools: PathBuf,
    /// PATH for every command: npm's binaries first (wasm-opt 132), then our tools.
    path: OsString,
}

/// The first line a command prints for `--version`, if it runs.
fn version_of(program: &Path, path: &OsString) -> Option<String> {
    let out = Command::new(program)
        .arg("--version")
        .env("PATH", path)
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    out.status
        .success()
        .then(|| text.lines().next().unwrap_or("").trim().to_string())
}

/// The `"version"` of an installed npm package, read from its package.json.
fn npm_version(root: &Path, package: &str) -> Option<String> {
    let text =
        std::fs::read_to_string(root.join("node_modules").join(package).join("package.json"))
            .ok()?;
    let after = text.split("\"version\"").nth(1)?;
    Some(after.split('"').nth(1)?.to_string())
}

/// The version package-lock.json pins for `package`.
fn locked_version(root: &Path, package: &str) -> Option<String> {
    let text = std::fs::read_to_string(root.join("package-lock.json")).ok()?;
    let key = format!("\"node_modules/{package}\"");
    let after = text.split(&key).nth(1)?.split("\"version\"").nth(1)?;
    Some(after.split('"').nth(1)?.to_string())
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

impl Project {
    fn new() -> Result<Project> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .ok_or("xtask is not inside the project")?
            .to_path_buf();
        let tools = match env::var_os("MOAT_TOOLS") {
            Some(dir) => PathBuf::from(dir),
            None => PathBuf::from(env::var_os("HOME").ok_or("HOME is not set")?)
                .join(".cache/moat-tools"),
        };
        let mut dirs = vec![root.join("node_modules/.bin"), tools.join("bin")];
        dirs.extend(env::split_paths(&env::var_os("PATH").unwrap_or_default()));
        let path = env::join_paths(dirs).map_err(|e| e.to_string())?;
        Ok(Project { root, tools, path })
    }

    fn command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        command.current_dir(&self.root).env("PATH", &self.path);
        command
    }

    fn run(&self, what: &str, command: &mut Command) -> Result {
        eprintln!("==> {what}");
        let status = command.status().map_err(|e| format!("{what}: {e}"))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("{what} failed ({status})"))
        }
    }

    /// Installs, when missing or at another version, everything the tasks use.
    /// `browser`: also Chromium and CJK fonts (the test tasks need them).
    fn setup(&self, browser: bool) -> Result {
        self.rust_target()?;
        self.cargo_tool("trunk", "trunk", TRUNK, &["--locked"])?;
        // wasm-bindgen-cli's lock file names a dependency the registry no longer has,
        // so it is installed without --locked.
        self.cargo_tool("wasm-bindgen", "wasm-bindgen-cli", WASM_BINDGEN, &[])?;
        self.npm_packages()?;
        if browser {
            self.browser()?;
        }
        Ok(())
    }

    fn rust_target(&self) -> Result {
        let installed = self
            .command("rustup")
            .args(["target", "list", "--installed"])
            .output();
        let has = installed.is_ok_and(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .any(|l| l == WASM_TARGET)
        });
        if has {
            return Ok(());
        }
        self.run(
            "rustup target add",
            self.command("rustup").args(["target", "add", WASM_TARGET]),
        )
    }

    fn cargo_tool(&self, binary: &str, package: &str, version: &str, flags: &[&str]) -> Result {
        let program = self.tools.join("bin").join(binary);
        let want = format!("{binary} {version}");
        if version_of(&program, &self.path).is_some_and(|v| v == want) {
            return Ok(());
        }
        let root = self.tools.to_string_lossy().into_owned();
        let mut args = vec![
            "install",
            package,
            "--version",
            version,
            "--root",
            root.as_str(),
        ];
        args.extend_from_slice(flags);
        self.run(
            &format!("cargo install {package} {version} (a few minutes, once)"),
            self.command("cargo").args(&args),
        )
    }

    fn npm_packages(&self) -> Result {
        let current = ["binaryen", "playwright-core", "terser"].iter().all(|p| {
            npm_version(&self.root, p).is_some_and(|v| Some(v) == locked_version(&self.root, p))
        });
        if current {
            return Ok(());
        }
        if version_of(Path::new("npm"), &self.path).is_none() {
            self.apt_install(&["nodejs", "npm"])?;
        }
        self.run(
            "npm ci",
            self.command("npm").args(["ci", "--no-audit", "--no-fund"]),
        )
    }

    fn browser(&self) -> Result {
        let missing: Vec<&str> = [("chromium", CHROMIUM), ("fonts-noto-cjk", CJK_FONT)]
            .into_iter()
            .filter(|(_, path)| !Path::new(path).exists())
            .map(|(package, _)| package)
            .collect();
        if missing.is_empty() {
            return Ok(());
        }
        self.apt_install(&missing)
    }

    fn apt_install(&self, packages: &[&str]) -> Result {
        let sudo = if is_root() { vec![] } else { vec!["sudo"] };
        let apt = |args: &[&str]| {
            let mut all: Vec<&str> = sudo.clone();
            all.push("apt-get");
            all.extend_from_slice(args);
            let mut command = self.command(all[0]);
            command
                .args(&all[1..])
                .env("DEBIAN_FRONTEND", "noninteractive");
            command
        };
        self.run("apt-get update", &mut apt(&["update", "-qq"]))?;
        let mut install = vec!["install", "-y", "-qq", "--no-install-recommends"];
        install.extend_from_slice(packages);
        self.run(
            &format!("apt-get install {}", packages.join(" ")),
            &mut apt(&install),
        )
    }

    /// Trunk, building the app: panic locations name crates.io sources without this
    /// machine's registry path (kilobytes of the bundle otherwise).
    fn trunk(&self) -> Result<Command> {
        let cargo_home = match env::var_os("CARGO_HOME") {
            Some(dir) => PathBuf::from(dir),
            None => PathBuf::from(env::var_os("HOME").ok_or("HOME is not set")?).join(".cargo"),
        };
        // Encoded (fields apart by 0x1f), so that a path with spaces stays one flag.
        let mut flags: Vec<String> = env::var("RUSTFLAGS")
            .unwrap_or_default()
            .split_whitespace()
            .map(str::to_string)
            .collect();
        flags.push(format!(
            "--remap-path-prefix={}=crates",
            cargo_home.join("registry/src").display()
        ));
        let mut command = self.command("trunk");
        command
            .env_remove("RUSTFLAGS")
            .env("CARGO_ENCODED_RUSTFLAGS", flags.join("\u{1f}"));
        Ok(command)
    }

    fn build_release(&self) -> Result {
        self.run(
            "trunk build --release",
            self.trunk()?.args(["build", "--release"]),
        )
    }

    fn serve(&self) -> Result {
        self.setup(false)?;
        eprintln!("==> serving at http://127.0.0.1:8080 (Ctrl-C stops)");
        // Its own output folder: a served build carries Trunk's reload script, which the
        // tests' build in dist/ must not.
        let args = ["serve", "--release", "--dist", "target/serve"];
        self.run("trunk serve --release", self.trunk()?.args(args))
    }

    fn test(&self) -> Result {
        self.setup(true)?;
        self.run(
            "native tests (model, state, charts)",
            self.command("cargo").args(["test", "--workspace"]),
        )?;
        self.build_release()?;
        self.run(
            "end-to-end tests in headless Chromium",
            self.command("node").args([
                "--test",
                "--test-concurrency=1",
                "tests/e2e/app.test.mjs",
                "tests/e2e/languages.test.mjs",
                "tests/e2e/layout.test.mjs",
                "tests/e2e/access.test.mjs",
                "tests/e2e/acquisition.test.mjs",
                "tests/e2e/costs.test.mjs",
                "tests/e2e/upgrade.test.mjs",
                "tests/e2e/reference/check.mjs",
            ]),
        )
    }

    fn node_task(&self, script: &str) -> Result {
        self.setup(true)?;
        self.build_release()?;
        self.run(script, self.command("node").arg(script))
    }
}
