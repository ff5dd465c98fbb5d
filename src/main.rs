//! The `mempy` command line: `mempy script.py`, `mempy -c CODE`, `mempy - < file`,
//! `mempy` (REPL), `mempy --dis script.py`, with python3's exit codes.

use mempy::runner;
use mempy::runtime::vm::{Vm, DEFAULT_STACK_SLOTS};
use std::io::Read;

/// Counts allocated bytes while `--max-memory` is set (otherwise a plain forward to
/// the system allocator); see `limits.rs`.
#[global_allocator]
static ALLOC: mempy::runtime::limits::CountingAlloc = mempy::runtime::limits::CountingAlloc;

const HELP: &str = "usage: mempy [option] ... [-c cmd | file | -] [arg] ...
Options:
  -c cmd           program passed in as string
  -m mod           run library module as a script (terminates option list)
  -i               inspect interactively after running script
  -O               remove assert statements (__debug__ is False); -OO also
                   removes docstrings
  -E, -I           ignore PYTHONPATH (python3's other one-letter flags -s -S -u -B
                   -b -d -q -R -P -v are accepted and change nothing)
  -X opt, -W opt   set sys._xoptions (opt or name=value) / add to sys.warnoptions
  --dis            print the bytecode of each code object instead of running
  --stack-size N   number of value-stack slots (default 1048576); deep recursion
                   beyond it raises RecursionError instead of crashing
  --trace FILE     record the run step by step and write it as a self-contained
                   web page (stack, heap, refcounts, frees, collections)
  --trace-json FILE  write the same recording as JSON (docs/trace-format.md)
  --trace-limit N  stop recording (not the program) after N steps (default 20000)
  --leaks          at exit, list the objects the script allocated that are still
                   alive, by allocation line and type, with why each is alive
                   (on stderr; docs/leak-hunting.md)
  --memprofile     after the run, memory per line of the script: bytes allocated,
                   freed, net, peak and objects per line, heaviest first (on stderr;
                   sys.getsizeof sizes; docs/leak-hunting.md)
  --memprofile-html FILE  write the same table and an allocation flame graph by
                   call stack as a self-contained web page
  --max-memory SIZE  raise MemoryError when the program's allocations grow past SIZE
                   (bytes, or with a K/M/G suffix, e.g. 512M); counts the real bytes
                   mempy allocates after start-up
  --timeout SECONDS  stop a script that runs longer (message on stderr, exit status
                   124); in the REPL, interrupt the running input instead
  -h, --help       print this help message and exit
  -V, --version    print the version number and exit
file               program read from script file (a directory: its __main__.py)
-                  program read from stdin
arg ...            arguments passed to program in sys.argv[1:]
Options go before the program: as in python3, everything after the script name (or
after -c cmd or -) is the program's sys.argv, even '--trace out.html'; mempy warns on
stderr when such an argument is spelled like one of its own options.
";

/// Native stack of the interpreter thread. Native recursion is bounded by counters and by
/// `vm::recursion`'s stack-pointer guard, which keeps a margin free at the bottom.
const INTERPRETER_STACK: usize = 1 << 30;

fn main() {
    // Run the interpreter on a thread with a large stack: native re-entry (repr,
    // __init__ through builtins, generators) is bounded by counters, and this keeps
    // those bounds far below what the Rust stack can take.
    let child = std::thread::Builder::new()
        .stack_size(INTERPRETER_STACK)
        .spawn(|| {
            let code = real_main();
            #[cfg(feature = "opstats")]
            mempy::runtime::vm::opstats::report();
            code
        })
        .expect("cannot start interpreter thread");
    let code = match child.join() {
        Ok(c) => c,
        Err(_) => {
            mempy::eprintln_safe!("mempy: internal error (this is a bug in mempy)");
            70
        }
    };
    std::process::exit(code);
}

/// Command-line settings that apply whichever program runs.
struct Opts {
    stack: usize,
    dis: bool,
    inspect: bool,
    trace_html: Option<String>,
    trace_json: Option<String>,
    trace_limit: usize,
    max_memory: Option<usize>,
    /// `--leaks`: the leak report at exit (docs/leak-hunting.md).
    leaks: bool,
    /// `--memprofile`: the per-line table at exit.
    memprofile: bool,
    /// `--memprofile-html FILE`: the table and flame graph as a page.
    memprofile_html: Option<String>,
    /// `-X opt` (`sys._xoptions`) and `-W opt` (`sys.warnoptions`), in order.
    xoptions: Vec<String>,
    warnoptions: Vec<String>,
    /// How many `-O` flags were given (the optimization level).
    optimize: u8,
    /// `-E` or `-I`: `PYTHONPATH` is not read.
    ignore_env: bool,
}

/// What to run.
enum Source {
    /// `-c CODE`.
    Code(String),
    /// `-`: the program text on stdin.
    Stdin,
    /// A script file (or a directory with a `__main__.py`), as given.
    File(String),
    /// `-m NAME`: a module found on `sys.path` (or in the library), run as `__main__`.
    Module(String),
    /// No program: the interactive prompt.
    Repl,
}

/// mempy's own long options (python3 has none of them) and whether each takes a value.
const OWN_OPTIONS: [(&str, bool); 10] = [
    ("--dis", false),
    ("--leaks", false),
    ("--memprofile", false),
    ("--memprofile-html", true),
    ("--trace", true),
    ("--trace-json", true),
    ("--trace-limit", true),
    ("--stack-size", true),
    ("--max-memory", true),
    ("--timeout", true),
];

/// The program name for messages, as python3 uses its `argv[0]` (here: its file name).
fn prog_name(args: &[String]) -> &str {
    args.first()
        .and_then(|a| a.rsplit('/').next())
        .filter(|s| !s.is_empty())
        .unwrap_or("mempy")
}

/// A command-line mistake, reported as python3 does: the problem, the usage line and a
/// pointer to `-h`, on stderr, exit status 2.
fn usage_error(prog: &str, msg: &str) -> i32 {
    mempy::eprint_safe!(
        "{msg}\nusage: {prog} [option] ... [-c cmd | file | -] [arg] ...\nTry '{prog} -h' for more information.\n"
    );
    2
}

/// Parses the options before the program, in order (like python3's getopt, one-letter
/// options may be grouped: `-ic CODE`, `-cCODE`). Returns the settings, what to run
/// and its `sys.argv`, or the exit status when the command line is finished with
/// (help, version, a usage error).
fn parse_args(args: &[String], prog: &str) -> Result<(Opts, Source, Vec<String>), i32> {
    let mut o = Opts {
        stack: DEFAULT_STACK_SLOTS,
        dis: false,
        inspect: false,
        trace_html: None,
        trace_json: None,
        trace_limit: mempy::trace::DEFAULT_LIMIT,
        max_memory: None,
        leaks: false,
        memprofile: false,
        memprofile_html: None,
        xoptions: Vec::new(),
        warnoptions: Vec::new(),
        optimize: 0,
        ignore_env: false,
    };
    let help = || {
        mempy::print_safe!("{}", HELP);
        Err(0)
    };
    let version = || {
        mempy::print_safe!("mempy {} (Python 3.11 subset)\n", env!("CARGO_PKG_VERSION"));
        Err(0)
    };
    let mut i = 1;
    while i < args.len() {
        let a = args[i].as_str();
        match a {
            "-" => return Ok((o, Source::Stdin, args[i..].to_vec())),
            "--" => {
                i += 1;
                break;
            }
            "--help" => return help(),
            "--version" => return version(),
            "--dis" => o.dis = true,
            "--leaks" => o.leaks = true,
            "--memprofile" => o.memprofile = true,
            _ if OWN_OPTIONS.contains(&(a, true)) => {
                let Some(v) = args.get(i + 1) else {
                    return Err(usage_error(
                        prog,
                        &format!("Argument expected for the {a} option"),
                    ));
                };
                i += 1;
                if let Err(msg) = set_option(&mut o, a, v) {
                    return Err(usage_error(prog, msg));
                }
            }
            _ if a.starts_with("--") => {
                return Err(usage_error(prog, &format!("unknown option {a}")));
            }
            _ if a.starts_with('-') => {
                for (k, ch) in a.char_indices().skip(1) {
                    match ch {
                        'i' => o.inspect = true,
                        'E' | 'I' => o.ignore_env = true,
                        // python3's options that change nothing in mempy: it has no
                        // site module or user site, writes no bytecode, buffers no
                        // differently, has no debug parser output, no banner (-q), and
                        // hashes as PYTHONHASHSEED=0.
                        's' | 'S' | 'u' | 'B' | 'b' | 'd' | 'q' | 'R' | 'P' | 'v' => {}
                        // -O leaves out asserts (`__debug__` False), -OO docstrings too.
                        'O' => o.optimize = o.optimize.saturating_add(1),
                        'X' | 'W' => {
                            // The value is the rest of this argument or the next one.
                            let attached = &a[k + 1..];
                            let value = if !attached.is_empty() {
                                attached.to_string()
                            } else if let Some(v) = args.get(i + 1) {
                                i += 1;
                                v.clone()
                            } else {
                                return Err(usage_error(
                                    prog,
                                    &format!("Argument expected for the -{ch} option"),
                                ));
                            };
                            if ch == 'X' {
                                o.xoptions.push(value);
                            } else {
                                o.warnoptions.push(value);
                            }
                            break;
                        }
                        'h' | '?' => return help(),
                        'V' => return version(),
                        'c' | 'm' => {
                            // The command (or module name) is the rest of this argument,
                            // or the next one; everything after it is the program's
                            // sys.argv[1:]. `sys.argv[0]` is "-c", or "-m" until the
                            // module is found (then its file).
                            let attached = &a[k + 1..];
                            let (text, next) = if !attached.is_empty() {
                                (attached.to_string(), i + 1)
                            } else if let Some(c) = args.get(i + 1) {
                                (c.clone(), i + 2)
                            } else {
                                return Err(usage_error(
                                    prog,
                                    &format!("Argument expected for the -{ch} option"),
                                ));
                            };
                            let argv = std::iter::once(format!("-{ch}"))
                                .chain(args[next..].iter().cloned())
                                .collect();
                            let source = if ch == 'c' {
                                Source::Code(text)
                            } else {
                                Source::Module(text)
                            };
                            return Ok((o, source, argv));
                        }
                        _ => return Err(usage_error(prog, &format!("Unknown option: -{ch}"))),
                    }
                }
            }
            _ => break,
        }
        i += 1;
    }
    Ok(match args.get(i) {
        None => (o, Source::Repl, Vec::new()),
        // Only after `--`: a lone `-` is handled above.
        Some(p) if p == "-" => (o, Source::Stdin, args[i..].to_vec()),
        Some(p) => (o, Source::File(p.clone()), args[i..].to_vec()),
    })
}

/// Applies one of mempy's options that take a value; `Err` is the complaint.
fn set_option(o: &mut Opts, name: &str, v: &str) -> Result<(), &'static str> {
    match name {
        "--trace" => o.trace_html = Some(v.to_string()),
        "--trace-json" => o.trace_json = Some(v.to_string()),
        "--memprofile-html" => o.memprofile_html = Some(v.to_string()),
        "--trace-limit" => match v.parse::<usize>() {
            Ok(n) if n >= 1 => o.trace_limit = n,
            _ => return Err("--trace-limit needs a number of steps >= 1"),
        },
        "--stack-size" => match v.parse::<usize>() {
            Ok(n) if n >= 1024 => o.stack = n,
            _ => return Err("--stack-size needs a number of slots >= 1024"),
        },
        "--max-memory" => match mempy::runtime::limits::parse_size(v) {
            Some(n) => o.max_memory = Some(n),
            None => return Err("--max-memory needs a size such as 512M, 2G or 100000"),
        },
        "--timeout" => match mempy::runtime::limits::parse_seconds(v) {
            Some(d) => mempy::runtime::limits::configure_timeout(d),
            None => return Err("--timeout needs a number of seconds > 0"),
        },
        _ => unreachable!("not a mempy option with a value: {name}"),
    }
    Ok(())
}

/// Arguments after the program go to it in sys.argv, as in python3, even when they are
/// spelled like mempy's own options; say so on stderr for the first such one (before
/// any `--`), since it was probably meant for mempy.
fn warn_misplaced_options(prog: &str, source: &Source, argv: &[String]) {
    let Some(opt) =
        argv.iter()
            .skip(1)
            .take_while(|a| *a != "--")
            .find_map(|a| {
                OWN_OPTIONS.iter().map(|(name, _)| *name).find(|name| {
                    a == name || a.strip_prefix(name).is_some_and(|r| r.starts_with('='))
                })
            })
    else {
        return;
    };
    let (after, before) = match source {
        Source::File(_) => (
            "after the script name is passed to the script",
            "the script",
        ),
        Source::Code(_) => ("after -c cmd is passed to the program", "-c"),
        Source::Module(_) => ("after -m mod is passed to the module", "-m"),
        _ => ("after '-' is passed to the program", "'-'"),
    };
    mempy::eprintln_safe!("{prog}: warning: '{opt}' {after}; put mempy options before {before}");
}

/// The script's path as CPython 3.11 makes it absolute (`_Py_abspath`): `.` or an empty
/// path is the current directory, an absolute path stays as given, anything else is
/// appended to the current directory without normalizing (`./a.py` stays `/cwd/./a.py`).
fn cpython_abspath(path: &str) -> String {
    let Ok(cwd) = std::env::current_dir() else {
        return path.to_string();
    };
    let cwd = cwd.display().to_string();
    if path.is_empty() || path == "." {
        cwd
    } else if path.starts_with('/') {
        path.to_string()
    } else if cwd.ends_with('/') {
        format!("{cwd}{path}")
    } else {
        format!("{cwd}/{path}")
    }
}

/// `[Errno N] message` as Python's OSError shows it.
fn errno_text(e: &std::io::Error) -> String {
    match e.raw_os_error() {
        Some(n) => {
            let full = e.to_string();
            let suffix = format!(" (os error {n})");
            format!(
                "[Errno {n}] {}",
                full.strip_suffix(&suffix).unwrap_or(&full)
            )
        }
        None => e.to_string(),
    }
}

fn real_main() -> i32 {
    mempy::runtime::vm::recursion::set_native_stack(INTERPRETER_STACK);
    // Ctrl-C raises KeyboardInterrupt in running Python code (exit status 130 when
    // uncaught), as in python3.
    mempy::runtime::interrupt::install_handler();
    let args: Vec<String> = std::env::args().collect();
    let prog = prog_name(&args);
    let (o, source, argv) = match parse_args(&args, prog) {
        Ok(parsed) => parsed,
        Err(code) => return code,
    };
    let Opts {
        stack,
        dis,
        inspect,
        trace_html,
        trace_json,
        trace_limit,
        max_memory,
        leaks,
        memprofile,
        memprofile_html,
        xoptions,
        warnoptions,
        ignore_env,
        optimize,
    } = o;
    // Before the interpreter is made: its builtins' `__debug__` and `sys.flags`.
    mempy::compiler::set_default_optimize(optimize);
    let cli = (xoptions, warnoptions, ignore_env, args.clone());
    if leaks && !matches!(source, Source::File(_)) {
        return usage_error(prog, "--leaks needs a script file");
    }
    let profiling = memprofile || memprofile_html.is_some();
    if profiling && !matches!(source, Source::File(_)) {
        let opt = if memprofile {
            "--memprofile"
        } else {
            "--memprofile-html"
        };
        return usage_error(prog, &format!("{opt} needs a script file"));
    }
    // Each of these runs the script its own way; say so rather than drop one.
    if profiling && (leaks || trace_html.is_some() || trace_json.is_some()) {
        let other = if leaks { "--leaks" } else { "--trace" };
        return usage_error(
            prog,
            &format!("--memprofile cannot be combined with {other}: run them one at a time"),
        );
    }
    let tracing = trace_html.is_some() || trace_json.is_some();
    if tracing && !matches!(source, Source::File(_)) {
        let opt = if trace_html.is_some() {
            "--trace"
        } else {
            "--trace-json"
        };
        return usage_error(prog, &format!("{opt} needs a script file"));
    }
    warn_misplaced_options(prog, &source, &argv);
    let path = match source {
        Source::Code(code) => {
            let mut vm = new_vm(stack, max_memory, &cli);
            vm.argv = argv;
            mempy::runtime::limits::arm_timeout();
            if inspect {
                let _ = runner::run_script(&mut vm, "<string>", &code, false);
                mempy::runtime::limits::disarm_timeout();
                return mempy::repl::run(&mut vm);
            }
            return runner::run_program(&mut vm, "<string>", &code);
        }
        Source::Stdin => {
            let mut text = String::new();
            if std::io::stdin().read_to_string(&mut text).is_err() {
                mempy::eprintln_safe!("{prog}: cannot read stdin");
                return 2;
            }
            let mut vm = new_vm(stack, max_memory, &cli);
            vm.argv = argv;
            mempy::runtime::limits::arm_timeout();
            return runner::run_program(&mut vm, "<stdin>", &text);
        }
        Source::Module(name) => {
            let mut vm = new_vm(stack, max_memory, &cli);
            vm.argv = argv;
            mempy::runtime::limits::arm_timeout();
            return runner::run_module(&mut vm, prog, &name);
        }
        Source::Repl => {
            let mut vm = new_vm(stack, max_memory, &cli);
            return mempy::repl::run(&mut vm);
        }
        Source::File(path) => path,
    };
    // CPython makes the main script's path absolute (without resolving symlinks): it is
    // what tracebacks, syntax errors and `__file__` show.
    let mut path = cpython_abspath(&path);
    // A directory runs its `__main__.py` (python3 runs it through runpy, whose frames
    // its tracebacks show; mempy's do not).
    if std::fs::metadata(&path).is_ok_and(|m| m.is_dir()) {
        let main = format!("{}/__main__.py", path.trim_end_matches('/'));
        if !std::path::Path::new(&main).is_file() {
            mempy::eprintln_safe!(
                "{prog}: can't find '__main__' module in {}",
                mempy::text::str_methods::str_repr(&path)
            );
            return 1;
        }
        path = main;
    }
    let path = &path;
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            mempy::eprintln_safe!("{prog}: can't open file '{path}': {}", errno_text(&e));
            return 2;
        }
    };
    // PEP 263: a BOM or a coding declaration, UTF-8 otherwise.
    let text = match mempy::text::source_decode::decode_source(&bytes) {
        Ok(t) => t,
        Err(e) => {
            mempy::eprintln_safe!("SyntaxError: {}", e.file_message(path));
            return 1;
        }
    };
    if dis {
        let src = mempy::source::SourceFile::new(path, &text);
        return match mempy::compiler::compile_source(&src, false) {
            Ok(code) => {
                mempy::print_safe!("{}", mempy::bytecode::disasm::disassemble(&code));
                0
            }
            Err(e) => {
                mempy::eprint_safe!("{}", e.render_cpython(&src));
                1
            }
        };
    }
    // An output file that cannot be written is reported before the run, not after it.
    for file in [&trace_html, &trace_json, &memprofile_html]
        .into_iter()
        .flatten()
    {
        if let Err(e) = check_writable(file) {
            mempy::eprint_safe!("{prog}: cannot write {file}: {e}\n");
            return 2;
        }
    }
    let mut vm = new_vm(stack, max_memory, &cli);
    vm.argv = argv;
    mempy::runtime::limits::arm_timeout();
    if trace_html.is_some() || trace_json.is_some() {
        mempy::trace::start(&mut vm, path, &text, trace_limit);
        let code = runner::run_program(&mut vm, path, &text);
        vm.flush_out();
        let Some(rec) = mempy::trace::finish(&mut vm, code) else {
            return code;
        };
        let outputs = [
            (trace_html, mempy::trace::html::to_html as fn(&_) -> String),
            (trace_json, mempy::trace::json::to_json),
        ];
        for (file, render) in outputs {
            if let Some(file) = file {
                if let Err(e) = std::fs::write(&file, render(&rec)) {
                    mempy::eprint_safe!("mempy: cannot write {}: {}\n", file, e);
                    return if code == 0 { 2 } else { code };
                }
            }
        }
        return code;
    }
    if leaks {
        return run_with_leak_report(&mut vm, path, &text);
    }
    if profiling {
        return run_with_memprofile(&mut vm, path, &text, memprofile, memprofile_html);
    }
    if inspect {
        // Like `python3 -i`: errors in the script do not stop the session.
        let _ = runner::run_script(&mut vm, path, &text, false);
        mempy::runtime::limits::disarm_timeout();
        return mempy::repl::run(&mut vm);
    }
    runner::run_program(&mut vm, path, &text)
}

/// `--leaks`: runs the script with allocation tracing, then, after the `atexit`
/// handlers and before the finalizers of globals run, reports on stderr what it left
/// alive; then tears down as usual.
fn run_with_leak_report(vm: &mut Vm, path: &str, text: &str) -> i32 {
    mempy::runtime::inspect::leaks::start(vm);
    let code = runner::run_script(vm, path, text, false);
    runner::run_atexit(vm);
    vm.drain_zero_queue();
    vm.flush_out();
    mempy::eprint_safe!("{}", mempy::runtime::inspect::leaks::report(vm));
    let globals = runner::main_globals(vm);
    runner::finalize(vm, globals);
    vm.close_all_files();
    vm.flush_out();
    code
}

/// `--memprofile` / `--memprofile-html`: runs the script with allocation tracing and
/// the per-line profile, then, after the `atexit` handlers and before the finalizers
/// of globals run (what is alive then is the script's net), prints the table on stderr
/// and/or writes the page; then tears down as usual.
fn run_with_memprofile(
    vm: &mut Vm,
    path: &str,
    text: &str,
    table: bool,
    html: Option<String>,
) -> i32 {
    mempy::runtime::inspect::memprof::start(vm, path, text.lines().count());
    // The script's code gets a line event per statement (as under `--trace`), each
    // an instruction of the general path, where the profile's current line is kept:
    // what the inlined fast path allocates or frees then counts on its own statement.
    mempy::compiler::set_trace_file(Some(path));
    let mut code = runner::run_script(vm, path, text, false);
    mempy::compiler::set_trace_file(None);
    mempy::runtime::inspect::memprof::script_done(vm);
    runner::run_atexit(vm);
    vm.drain_zero_queue();
    vm.flush_out();
    if let Some(p) = mempy::runtime::inspect::memprof::finish(vm, text) {
        if table {
            mempy::eprint_safe!("{}", mempy::runtime::inspect::memprof::render(&p));
        }
        if let Some(file) = html {
            if let Err(e) = std::fs::write(&file, mempy::trace::memprof::to_html(&p, text)) {
                mempy::eprint_safe!("mempy: cannot write {}: {}\n", file, e);
                if code == 0 {
                    code = 2;
                }
            }
        }
    }
    let globals = runner::main_globals(vm);
    runner::finalize(vm, globals);
    vm.close_all_files();
    vm.flush_out();
    code
}

/// Whether `file` can be written: opened for writing (created if missing, its
/// contents left alone), so a bad directory fails before the script runs.
fn check_writable(file: &str) -> std::io::Result<()> {
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .open(file)
        .map(|_| ())
}

/// A VM with the memory cap applied from the moment it is ready, so the cap measures
/// what the program allocates, not the interpreter's start-up tables and value stack.
/// A VM with the command line's settings: the stack size, the memory cap and `cli`
/// = (`-X` options, `-W` options, `-E`/`-I` given, the whole command line).
type CliSettings = (Vec<String>, Vec<String>, bool, Vec<String>);
fn new_vm(stack: usize, max_memory: Option<usize>, cli: &CliSettings) -> Vm {
    let mut vm = Vm::new(stack);
    vm.xoptions = cli.0.clone();
    // sys.warnoptions: PYTHONWARNINGS' comma-separated filters (unless -E/-I), then
    // the -W options, so that the -W ones take precedence.
    let mut warnoptions: Vec<String> = Vec::new();
    if !cli.2 {
        if let Ok(env) = std::env::var("PYTHONWARNINGS") {
            warnoptions.extend(env.split(',').filter(|w| !w.is_empty()).map(String::from));
        }
    }
    warnoptions.extend(cli.1.iter().cloned());
    vm.warnoptions = warnoptions;
    vm.ignore_environment = cli.2;
    vm.orig_argv = cli.3.clone();
    if let Some(n) = max_memory {
        mempy::runtime::limits::set_memory_cap(n);
    }
    vm
}
