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
  -i               inspect interactively after running script
  --dis            print the bytecode of each code object instead of running
  --stack-size N   number of value-stack slots (default 1048576); deep recursion
                   beyond it raises RecursionError instead of crashing
  --trace FILE     record the run step by step and write it as a self-contained
                   web page (stack, heap, refcounts, frees, collections)
  --trace-json FILE  write the same recording as JSON (docs/trace-format.md)
  --trace-limit N  stop recording (not the program) after N steps (default 20000)
  --max-memory SIZE  raise MemoryError when the program's allocations grow past SIZE
                   (bytes, or with a K/M/G suffix, e.g. 512M); counts the real bytes
                   mempy allocates after start-up
  --timeout SECONDS  stop a script that runs longer (message on stderr, exit status
                   124); in the REPL, interrupt the running input instead
  -h, --help       print this help message and exit
  -V, --version    print the version number and exit
file               program read from script file
-                  program read from stdin
arg ...            arguments passed to program in sys.argv[1:]
";

/// Native stack of the interpreter thread. Native recursion is bounded by counters and by
/// `vm::depth`'s stack-pointer guard, which keeps a margin free at the bottom.
const INTERPRETER_STACK: usize = 1 << 30;

fn main() {
    // Run the interpreter on a thread with a large stack: native re-entry (repr,
    // __init__ through builtins, generators) is bounded by counters, and this keeps
    // those bounds far below what the Rust stack can take.
    let child = std::thread::Builder::new()
        .stack_size(INTERPRETER_STACK)
        .spawn(real_main)
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

fn real_main() -> i32 {
    mempy::runtime::vm::recursion::set_native_stack(INTERPRETER_STACK);
    // Ctrl-C raises KeyboardInterrupt in running Python code (exit status 130 when
    // uncaught), as in python3.
    mempy::runtime::interrupt::install_handler();
    let args: Vec<String> = std::env::args().collect();
    let mut i = 1;
    let mut stack = DEFAULT_STACK_SLOTS;
    let mut dis = false;
    let mut inspect = false;
    let mut trace_html: Option<String> = None;
    let mut trace_json: Option<String> = None;
    let mut trace_limit = mempy::trace::DEFAULT_LIMIT;
    let mut max_memory = None;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-h" | "--help" => {
                mempy::print_safe!("{}", HELP);
                return 0;
            }
            "-V" | "--version" => {
                mempy::print_safe!("mempy {} (Python 3.11 subset)\n", env!("CARGO_PKG_VERSION"));
                return 0;
            }
            "--dis" => dis = true,
            "--trace" | "--trace-json" => {
                let Some(f) = args.get(i + 1) else {
                    mempy::eprintln_safe!("mempy: {} needs an output file name", a);
                    return 2;
                };
                if a == "--trace" {
                    trace_html = Some(f.clone());
                } else {
                    trace_json = Some(f.clone());
                }
                i += 1;
            }
            "--trace-limit" => {
                i += 1;
                match args.get(i).and_then(|s| s.parse::<usize>().ok()) {
                    Some(n) if n >= 1 => trace_limit = n,
                    _ => {
                        mempy::eprintln_safe!("mempy: --trace-limit needs a number of steps >= 1");
                        return 2;
                    }
                }
            }
            "-i" => inspect = true,
            "--stack-size" => {
                i += 1;
                match args.get(i).and_then(|s| s.parse::<usize>().ok()) {
                    Some(n) if n >= 1024 => stack = n,
                    _ => {
                        mempy::eprintln_safe!(
                            "mempy: --stack-size needs a number of slots >= 1024"
                        );
                        return 2;
                    }
                }
            }
            "--max-memory" => {
                i += 1;
                match args
                    .get(i)
                    .and_then(|s| mempy::runtime::limits::parse_size(s))
                {
                    Some(n) => max_memory = Some(n),
                    None => {
                        mempy::eprintln_safe!(
                            "mempy: --max-memory needs a size such as 512M, 2G or 100000"
                        );
                        return 2;
                    }
                }
            }
            "--timeout" => {
                i += 1;
                match args
                    .get(i)
                    .and_then(|s| mempy::runtime::limits::parse_seconds(s))
                {
                    Some(d) => mempy::runtime::limits::configure_timeout(d),
                    None => {
                        mempy::eprintln_safe!("mempy: --timeout needs a number of seconds > 0");
                        return 2;
                    }
                }
            }
            "-c" | "-" if trace_html.is_some() || trace_json.is_some() => {
                mempy::eprintln_safe!("mempy: --trace needs a script file");
                return 2;
            }
            "-c" => {
                let Some(code) = args.get(i + 1) else {
                    mempy::eprintln_safe!("Argument expected for the -c option");
                    return 2;
                };
                let mut vm = new_vm(stack, max_memory);
                vm.argv = std::iter::once("-c".to_string())
                    .chain(args[i + 2..].iter().cloned())
                    .collect();
                mempy::runtime::limits::arm_timeout();
                return runner::run_program(&mut vm, "<string>", code);
            }
            "-" => {
                let mut text = String::new();
                if std::io::stdin().read_to_string(&mut text).is_err() {
                    mempy::eprintln_safe!("mempy: cannot read stdin");
                    return 2;
                }
                let mut vm = new_vm(stack, max_memory);
                vm.argv = std::iter::once("-".to_string())
                    .chain(args[i + 1..].iter().cloned())
                    .collect();
                mempy::runtime::limits::arm_timeout();
                return runner::run_program(&mut vm, "<stdin>", &text);
            }
            s if s.starts_with('-') && s.len() > 1 => {
                mempy::eprintln_safe!("Unknown option: {}\n{}", s, HELP);
                return 2;
            }
            _ => break,
        }
        i += 1;
    }
    let Some(path) = args.get(i) else {
        if trace_html.is_some() || trace_json.is_some() {
            mempy::eprintln_safe!("mempy: --trace needs a script file");
            return 2;
        }
        let mut vm = new_vm(stack, max_memory);
        return mempy::repl::run(&mut vm);
    };
    // CPython makes the main script's path absolute (without resolving symlinks): it is
    // what tracebacks, syntax errors and `__file__` show.
    let abs_path = std::path::absolute(path)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| path.clone());
    let path = &abs_path;
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            let msg = match e.kind() {
                std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                _ => e.to_string(),
            };
            mempy::eprintln_safe!(
                "{}: can't open file '{}': [Errno 2] {}",
                args[0].rsplit('/').next().unwrap_or("mempy"),
                path,
                msg
            );
            return 2;
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(_) => {
            mempy::eprintln_safe!(
                "SyntaxError: Non-UTF-8 code in file {}, but no encoding declared",
                path
            );
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
    let mut vm = new_vm(stack, max_memory);
    vm.argv = args[i..].to_vec();
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
    if inspect {
        // Like `python3 -i`: errors in the script do not stop the session.
        let _ = runner::run_script(&mut vm, path, &text, false);
        mempy::runtime::limits::disarm_timeout();
        return mempy::repl::run(&mut vm);
    }
    runner::run_program(&mut vm, path, &text)
}

/// A VM with the memory cap applied from the moment it is ready, so the cap measures
/// what the program allocates, not the interpreter's start-up tables and value stack.
fn new_vm(stack: usize, max_memory: Option<usize>) -> Vm {
    let vm = Vm::new(stack);
    if let Some(n) = max_memory {
        mempy::runtime::limits::set_memory_cap(n);
    }
    vm
}
