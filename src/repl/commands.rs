//! The REPL's `%` commands: parsing ([`parse`]) and running them ([`run`]) on top of
//! the views in `crate::runtime::inspect`.

use crate::runner;
use crate::runtime::inspect::{gcview, growth, heapview, refs, size, stack, why};
use crate::runtime::vm::Vm;
use crate::source::SourceFile;
use crate::value::{ObjRef, Value};

/// A parsed `%` command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Help,
    /// `%heap [TYPE] [--all]`
    Heap {
        type_name: Option<String>,
        all: bool,
    },
    /// `%refs EXPR`
    Refs(String),
    /// `%stack`
    Stack,
    /// `%gc`
    Gc,
    /// `%size EXPR`
    Size(String),
    /// `%why EXPR`
    Why(String),
    /// `%growth`
    Growth,
    /// `%snapshot`
    Snapshot,
    /// `%diff`
    Diff,
}

/// `%help` text.
pub const HELP: &str = "\
%help              this list
%heap [TYPE]       live objects of the program (id, type, refcount, getsizeof, value)
                   and totals by type; --all adds the interpreter's own objects
%refs EXPR         who holds references to the value of EXPR, and its refcount
%stack             frames on the value stack with their locals and slots used
%gc                run a full collection: unreachable objects found by type, and the
                   generation counts before and after
%size EXPR         getsizeof of the value and the deep size of everything only it
                   keeps alive
%why EXPR          the shortest chain of references from a root (a global, a local,
                   a class attribute, a closure cell...) that keeps the value alive
%growth            live objects per type that grew since the last %growth
%snapshot          remember this moment (turns allocation tracing on)
%diff              objects allocated since %snapshot and still alive, by type and line
The same views from Python: import mempy (see mempy.heap, mempy.referrers, ...).
";

/// Parses a line starting with `%`.
pub fn parse(line: &str) -> Result<Command, String> {
    let line = line.trim();
    let Some(rest) = line.strip_prefix('%') else {
        return Err("a command starts with %".into());
    };
    let (name, arg) = match rest.find(char::is_whitespace) {
        Some(i) => (&rest[..i], rest[i..].trim()),
        None => (rest, ""),
    };
    let no_arg = |c: Command| {
        if arg.is_empty() {
            Ok(c)
        } else {
            Err(format!("%{} takes no argument", name))
        }
    };
    let need_expr = |f: fn(String) -> Command| {
        if arg.is_empty() {
            Err(format!("usage: %{} EXPR", name))
        } else {
            Ok(f(arg.to_string()))
        }
    };
    match name {
        "help" | "?" => no_arg(Command::Help),
        "stack" => no_arg(Command::Stack),
        "gc" => no_arg(Command::Gc),
        "refs" => need_expr(Command::Refs),
        "size" => need_expr(Command::Size),
        "why" => need_expr(Command::Why),
        "growth" => no_arg(Command::Growth),
        "snapshot" => no_arg(Command::Snapshot),
        "diff" => no_arg(Command::Diff),
        "heap" => {
            let mut type_name = None;
            let mut all = false;
            for w in arg.split_whitespace() {
                if w == "--all" || w == "-a" {
                    all = true;
                } else if type_name.is_none() && !w.starts_with('-') {
                    type_name = Some(w.to_string());
                } else {
                    return Err("usage: %heap [TYPE] [--all]".into());
                }
            }
            Ok(Command::Heap { type_name, all })
        }
        "" => Err("usage: %COMMAND (see %help)".into()),
        other => Err(format!("unknown command %{} (see %help)", other)),
    }
}

/// Evaluates an expression in `globals`; errors are printed and give `None`.
fn eval(vm: &mut Vm, globals: ObjRef, text: &str) -> Option<Value> {
    let src = SourceFile::new("<stdin>", text);
    let code = crate::parser::parse(&src.text, crate::parser::Mode::Expression).and_then(|m| {
        let c = crate::compiler::compile_expression(&m, &src);
        crate::parser::drop_module(m);
        c
    });
    let code = match code {
        Ok(c) => c,
        Err(e) => {
            crate::eprint_safe!("{}", e.render_miette(&src, super::stderr_colors()));
            return None;
        }
    };
    crate::runtime::interrupt::clear();
    match vm.eval_code(code, globals, globals) {
        Ok(v) => {
            vm.drain_zero_queue();
            Some(v)
        }
        Err(e) => {
            runner::report_exception(vm, e);
            vm.drain_zero_queue();
            None
        }
    }
}

/// Runs a command; returns the text to print (empty after an error was printed).
pub fn run(vm: &mut Vm, globals: ObjRef, cmd: &Command) -> String {
    vm.drain_zero_queue();
    match cmd {
        Command::Help => HELP.to_string(),
        Command::Heap { type_name, all } => {
            let view = heapview::heap_view(vm, type_name.as_deref(), *all);
            heapview::render(&view, 100)
        }
        Command::Stack => stack::render(&stack::stack_info(vm)),
        Command::Gc => gcview::render(&gcview::collect(vm)),
        Command::Refs(e) => {
            let Some(v) = eval(vm, globals, e) else {
                return String::new();
            };
            let rep = refs::referrers(vm, v, 1);
            let text = refs::render(vm, v, rep.as_ref());
            vm.decref(v);
            vm.drain_zero_queue();
            text
        }
        Command::Size(e) => {
            let Some(v) = eval(vm, globals, e) else {
                return String::new();
            };
            let r = size::size_report(vm, v);
            let text = size::render(vm, v, &r);
            vm.decref(v);
            vm.drain_zero_queue();
            text
        }
        Command::Why(e) => {
            let Some(v) = eval(vm, globals, e) else {
                return String::new();
            };
            // The REPL holds the value it evaluated: one reference that is no reason.
            let w = why::why(vm, v, 1, false);
            let text = why::render(vm, v, &w, 1);
            vm.decref(v);
            vm.drain_zero_queue();
            text
        }
        Command::Growth => growth::growth(vm),
        Command::Snapshot => {
            growth::snapshot(vm);
            "snapshot taken: %diff lists what is allocated from now on and stays alive\n"
                .to_string()
        }
        Command::Diff => match growth::last_snapshot() {
            Some(mark) => growth::render_diff(&growth::diff(vm, mark)),
            None => "no snapshot taken: use %snapshot first\n".to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_commands() {
        assert_eq!(parse("%help"), Ok(Command::Help));
        assert_eq!(parse("  %stack  "), Ok(Command::Stack));
        assert_eq!(parse("%gc"), Ok(Command::Gc));
        assert_eq!(
            parse("%heap"),
            Ok(Command::Heap {
                type_name: None,
                all: false
            })
        );
        assert_eq!(
            parse("%heap list --all"),
            Ok(Command::Heap {
                type_name: Some("list".into()),
                all: true
            })
        );
        assert_eq!(parse("%refs a[0].x"), Ok(Command::Refs("a[0].x".into())));
        assert_eq!(parse("%size  [1, 2] "), Ok(Command::Size("[1, 2]".into())));
        assert_eq!(
            parse("%why cache['k']"),
            Ok(Command::Why("cache['k']".into()))
        );
        assert_eq!(parse("%growth"), Ok(Command::Growth));
        assert_eq!(parse("%snapshot"), Ok(Command::Snapshot));
        assert_eq!(parse("%diff"), Ok(Command::Diff));
        assert!(parse("%diff x").unwrap_err().contains("no argument"));
    }

    #[test]
    fn rejects_bad_commands() {
        assert!(parse("%refs").unwrap_err().contains("usage"));
        assert!(parse("%gc now").unwrap_err().contains("no argument"));
        assert!(parse("%heap a b").is_err());
        assert!(parse("%frobnicate")
            .unwrap_err()
            .contains("unknown command"));
        assert!(parse("%").is_err());
    }

    #[test]
    fn refs_and_size_on_a_live_vm() {
        let mut vm = Vm::new(4096);
        let g = runner::main_globals(&mut vm);
        let l = vm.new_list(vec![]);
        crate::runtime::builtins::set_in(&mut vm, g, "a", l);
        let out = run(&mut vm, g, &parse("%refs a").unwrap());
        assert!(out.starts_with("list []: refcount 1\n"), "{out}");
        assert!(out.contains("global variable 'a'"), "{out}");
        let out = run(&mut vm, g, &parse("%size a").unwrap());
        assert!(out.contains("getsizeof: 56 bytes"), "{out}");
        let out = run(&mut vm, g, &parse("%heap list").unwrap());
        assert!(out.contains("total: 1 object, 56 bytes"), "{out}");
    }
}
