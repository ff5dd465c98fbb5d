//! Compiler tests on hand-built ASTs (the parser is developed separately): scope
//! classification, SyntaxError messages (checked against python3 3.11), stack depth
//! and a disassembly golden.

use super::symtable::{NameScope, SymbolTable};
use super::*;
use crate::ast::*;
use crate::bytecode::disasm::disassemble;

// ---- tiny AST builder --------------------------------------------------------------

fn ex(kind: ExprKind) -> Expr {
    Expr {
        span: Span::default(),
        kind,
    }
}
fn st(kind: StmtKind) -> Stmt {
    Stmt {
        span: Span::default(),
        kind,
    }
}
/// Puts a statement on a 1-based line (the test source is one char per line).
fn at(line: u32, mut s: Stmt) -> Stmt {
    s.span = Span::new(line as usize - 1, line as usize);
    s
}
/// Puts an expression on a 1-based line.
fn on(line: u32, mut e: Expr) -> Expr {
    e.span = Span::new(line as usize - 1, line as usize);
    e
}
fn name(n: &str) -> Expr {
    ex(ExprKind::Name(n.into()))
}
fn int(i: i64) -> Expr {
    ex(ExprKind::Constant(Constant::Int(i)))
}
fn call(f: Expr, args: Vec<Expr>) -> Expr {
    ex(ExprKind::Call {
        func: Box::new(f),
        args,
        keywords: vec![],
    })
}
fn binop(l: Expr, op: BinOp, r: Expr) -> Expr {
    ex(ExprKind::BinOp {
        left: Box::new(l),
        op,
        right: Box::new(r),
    })
}
fn assign(t: Expr, v: Expr) -> Stmt {
    st(StmtKind::Assign {
        targets: vec![t],
        value: v,
    })
}
fn ret(v: Expr) -> Stmt {
    st(StmtKind::Return(Some(v)))
}
fn expr_stmt(e: Expr) -> Stmt {
    st(StmtKind::Expr(e))
}
fn param(n: &str) -> Param {
    Param {
        name: n.into(),
        span: Span::default(),
        default: None,
        annotation: None,
    }
}
fn def(n: &str, params: &[&str], body: Vec<Stmt>) -> Stmt {
    st(StmtKind::FunctionDef {
        name: n.into(),
        params: Box::new(Parameters {
            args: params.iter().map(|p| param(p)).collect(),
            ..Default::default()
        }),
        body,
        decorators: vec![],
        returns: None,
        is_async: false,
    })
}
fn class(n: &str, body: Vec<Stmt>) -> Stmt {
    st(StmtKind::ClassDef {
        name: n.into(),
        bases: vec![],
        keywords: vec![],
        body,
        decorators: vec![],
    })
}
fn for_(t: Expr, it: Expr, body: Vec<Stmt>) -> Stmt {
    st(StmtKind::For {
        target: t,
        iter: it,
        body,
        orelse: vec![],
        is_async: false,
    })
}
fn listcomp(elt: Expr, target: Expr, iter: Expr) -> Expr {
    ex(ExprKind::ListComp {
        elt: Box::new(elt),
        generators: vec![Comprehension {
            target,
            iter,
            ifs: vec![],
            is_async: false,
        }],
    })
}
fn module(body: Vec<Stmt>) -> Module {
    Module {
        body,
        warnings: Vec::new(),
    }
}
fn src() -> SourceFile {
    SourceFile::new("t.py", &"\n".repeat(200))
}
fn compile(m: &Module) -> Rc<CodeObject> {
    compile_module(m, &src(), false).expect("compiles")
}
fn compile_err(m: &Module) -> String {
    compile_module(m, &src(), false)
        .expect_err("should fail")
        .msg
}

/// The scope with the given qualname.
fn scope<'t>(t: &'t SymbolTable, qual: &str) -> &'t symtable::Scope {
    t.scopes
        .iter()
        .find(|s| s.qualname == qual)
        .unwrap_or_else(|| panic!("no scope {qual}"))
}

// ---- symbol table -----------------------------------------------------------------

#[test]
fn closure_over_loop_variable() {
    // def f():
    //     for i in range(3):
    //         def g(): return i
    //     return g
    let m = module(vec![def(
        "f",
        &[],
        vec![
            for_(
                name("i"),
                call(name("range"), vec![int(3)]),
                vec![def("g", &[], vec![ret(name("i"))])],
            ),
            ret(name("g")),
        ],
    )]);
    let t = SymbolTable::build(&m).unwrap();
    let f = scope(&t, "f");
    assert_eq!(f.lookup("i"), NameScope::Cell);
    assert_eq!(f.lookup("g"), NameScope::Local);
    assert_eq!(f.lookup("range"), NameScope::GlobalImplicit);
    assert_eq!(f.cellvars, vec!["i"]);
    let g = scope(&t, "f.<locals>.g");
    assert_eq!(g.lookup("i"), NameScope::Free);
    assert_eq!(g.freevars, vec!["i"]);
    // The compiled f stores i with StoreDeref and builds g with a closure.
    let code = compile(&m);
    let Const::Code(f) = &code.consts[0] else {
        panic!()
    };
    assert!(f.code.contains(&Op::StoreDeref(0)));
    assert!(f.code.contains(&Op::LoadClosure(0)));
    assert!(f.code.contains(&Op::MakeFunction(8)));
}

#[test]
fn nonlocal_and_pass_through() {
    // def f():
    //     x = 1
    //     def g():
    //         def h():
    //             nonlocal x
    //             x = 2
    let m = module(vec![def(
        "f",
        &["p"],
        vec![
            assign(name("x"), int(1)),
            def(
                "g",
                &[],
                vec![def(
                    "h",
                    &[],
                    vec![
                        st(StmtKind::Nonlocal(vec!["x".into()])),
                        assign(name("x"), name("p")),
                    ],
                )],
            ),
        ],
    )]);
    let t = SymbolTable::build(&m).unwrap();
    assert_eq!(scope(&t, "f").lookup("x"), NameScope::Cell);
    assert_eq!(scope(&t, "f").lookup("p"), NameScope::Cell);
    assert_eq!(scope(&t, "f.<locals>.g").freevars, vec!["p", "x"]);
    assert_eq!(
        scope(&t, "f.<locals>.g.<locals>.h").lookup("x"),
        NameScope::Free
    );
    let code = compile(&m);
    let Const::Code(f) = &code.consts[0] else {
        panic!()
    };
    // p is parameter 0 and lives in cell 0 (cells sorted: p, x).
    assert_eq!(&*f.cell2arg, &[Some(0), None]);
}

#[test]
fn global_declaration() {
    let m = module(vec![def(
        "f",
        &[],
        vec![
            st(StmtKind::Global(vec!["x".into()])),
            assign(name("x"), int(1)),
        ],
    )]);
    let t = SymbolTable::build(&m).unwrap();
    assert_eq!(scope(&t, "f").lookup("x"), NameScope::GlobalExplicit);
    let Const::Code(f) = &compile(&m).consts[0] else {
        panic!()
    };
    assert!(f.code.contains(&Op::StoreGlobal(0)));
}

#[test]
fn class_scope_is_not_visible_to_methods() {
    // def f():
    //     x = 1
    //     class C:
    //         y = x
    //         x = 2
    //         def m(self): return x + y
    let m = module(vec![def(
        "f",
        &[],
        vec![
            assign(name("x"), int(1)),
            class(
                "C",
                vec![
                    assign(name("y"), name("x")),
                    assign(name("x"), int(2)),
                    def(
                        "m",
                        &["self"],
                        vec![ret(binop(name("x"), BinOp::Add, name("y")))],
                    ),
                ],
            ),
        ],
    )]);
    let t = SymbolTable::build(&m).unwrap();
    let c = scope(&t, "f.<locals>.C");
    // x is bound in the class (class namespace) but the method's x comes from f.
    assert_eq!(c.lookup("x"), NameScope::Local);
    assert_eq!(c.freevars, vec!["x"]);
    assert_eq!(scope(&t, "f").lookup("x"), NameScope::Cell);
    let meth = scope(&t, "f.<locals>.C.m");
    assert_eq!(meth.lookup("x"), NameScope::Free);
    assert_eq!(meth.lookup("y"), NameScope::GlobalImplicit);
}

#[test]
fn zero_arg_super_creates_class_cell() {
    let m = module(vec![class(
        "C",
        vec![def("m", &["self"], vec![ret(call(name("super"), vec![]))])],
    )]);
    let t = SymbolTable::build(&m).unwrap();
    assert_eq!(scope(&t, "C").cellvars, vec!["__class__"]);
    assert_eq!(scope(&t, "C.m").freevars, vec!["__class__"]);
    let code = compile(&m);
    let body = code
        .consts
        .iter()
        .find_map(|c| match c {
            Const::Code(c) if c.name == "C" => Some(c.clone()),
            _ => None,
        })
        .unwrap();
    assert!(body.flags.uses_namespace);
    let n = body.code.len();
    // The cell is returned and also stored as `__classcell__` (CPython 3.11).
    assert_eq!(body.code[n - 4], Op::LoadClosure(0));
    assert_eq!(body.code[n - 3], Op::Copy(1));
    assert!(matches!(body.code[n - 2], Op::StoreName(_)));
    assert_eq!(body.code[n - 1], Op::ReturnValue);
    assert_eq!(code.code[0], Op::LoadBuildClass);
}

#[test]
fn comprehension_scopes_and_walrus() {
    // def f(a, z):
    //     r = [(t := x + z) for x in a]
    //     return t
    let walrus = ex(ExprKind::NamedExpr {
        target: Box::new(name("t")),
        value: Box::new(binop(name("x"), BinOp::Add, name("z"))),
    });
    let m = module(vec![
        def(
            "f",
            &["a", "z"],
            vec![
                assign(name("r"), listcomp(walrus, name("x"), name("a"))),
                ret(name("t")),
            ],
        ),
        expr_stmt(listcomp(
            ex(ExprKind::NamedExpr {
                target: Box::new(name("g")),
                value: Box::new(name("x")),
            }),
            name("x"),
            name("y"),
        )),
    ]);
    let t = SymbolTable::build(&m).unwrap();
    let f = scope(&t, "f");
    assert_eq!(f.lookup("t"), NameScope::Cell);
    assert_eq!(f.lookup("z"), NameScope::Cell);
    assert_eq!(f.lookup("a"), NameScope::Local);
    let comp = scope(&t, "f.<locals>.<listcomp>");
    assert_eq!(comp.lookup("x"), NameScope::Local);
    assert_eq!(comp.lookup("t"), NameScope::Free);
    assert_eq!(comp.params, vec![".0"]);
    let top = scope(&t, "<listcomp>");
    assert_eq!(top.lookup("g"), NameScope::GlobalExplicit);
    assert_eq!(top.lookup("y"), NameScope::GlobalImplicit);
    compile(&m);
}

// ---- errors ------------------------------------------------------------------------

#[test]
fn syntax_error_messages() {
    let cases: Vec<(Vec<Stmt>, &str)> = vec![
        (vec![ret(int(1))], "'return' outside function"),
        (
            vec![expr_stmt(ex(ExprKind::Yield(None)))],
            "'yield' outside function",
        ),
        (vec![st(StmtKind::Break)], "'break' outside loop"),
        (
            vec![st(StmtKind::Continue)],
            "'continue' not properly in loop",
        ),
        (
            vec![def(
                "f",
                &[],
                vec![expr_stmt(name("x")), st(StmtKind::Global(vec!["x".into()]))],
            )],
            "name 'x' is used prior to global declaration",
        ),
        (
            vec![def(
                "f",
                &[],
                vec![
                    assign(name("x"), int(1)),
                    st(StmtKind::Global(vec!["x".into()])),
                ],
            )],
            "name 'x' is assigned to before global declaration",
        ),
        (
            vec![def(
                "f",
                &[],
                vec![st(StmtKind::Nonlocal(vec!["x".into()]))],
            )],
            "no binding for nonlocal 'x' found",
        ),
        (
            vec![st(StmtKind::Nonlocal(vec!["x".into()]))],
            "nonlocal declaration not allowed at module level",
        ),
        (
            vec![def(
                "f",
                &["x"],
                vec![st(StmtKind::Global(vec!["x".into()]))],
            )],
            "name 'x' is parameter and global",
        ),
        (
            vec![def("f", &["x", "x"], vec![st(StmtKind::Pass)])],
            "duplicate argument 'x' in function definition",
        ),
        (
            vec![st(StmtKind::Delete(vec![int(1)]))],
            "cannot delete literal",
        ),
        (
            vec![assign(call(name("f"), vec![]), int(1))],
            "cannot assign to function call here. Maybe you meant '==' instead of '='?",
        ),
        (
            vec![assign(int(1), name("x"))],
            "cannot assign to literal here. Maybe you meant '==' instead of '='?",
        ),
        (
            vec![for_(call(name("f"), vec![]), name("x"), vec![])],
            "cannot assign to function call",
        ),
    ];
    for (body, msg) in cases {
        assert_eq!(compile_err(&module(body)), msg);
    }
}

// ---- stack depth -------------------------------------------------------------------

/// An independent abstract interpreter: follows every path, checks the depth never
/// goes negative, that merge points agree, and that max_stack covers every depth. It
/// tracks the handler-block depth the same way (`SetupExcept` pushes a block, which
/// the VM pops again on entering its handler; `PopBlock` pops one): merge points must
/// agree on it too (a loop that jumps back with a block still pushed leaks one per
/// iteration), it never goes negative, and every `return` has unwound all blocks.
fn check_stack(code: &CodeObject) {
    let n = code.code.len();
    let mut depth_at: Vec<Option<(i32, i32)>> = vec![None; n];
    let mut work = vec![(0usize, 0i32, 0i32)];
    let mut max = 0;
    while let Some((pc, d, b)) = work.pop() {
        assert!(pc < n, "{}: fell off the end", code.name);
        assert!(d >= 0, "{}: negative depth at {pc}", code.name);
        assert!(
            b >= 0,
            "{}: PopBlock without a block before {pc}",
            code.name
        );
        max = max.max(d);
        if let Some(prev) = depth_at[pc] {
            assert_eq!(prev, (d, b), "{}: inconsistent depth at {pc}", code.name);
            continue;
        }
        depth_at[pc] = Some((d, b));
        let op = code.code[pc];
        let mut nb = b;
        let (pops, pushes, jump): (i32, i32, Option<(u32, i32)>) = match op {
            Op::ForIter(t) => (1, 2, Some((t, d - 1))),
            Op::SetupExcept(t) => {
                nb = b + 1;
                (0, 0, Some((t, d + 1)))
            }
            Op::PopBlock => {
                nb = b - 1;
                (0, 0, None)
            }
            Op::JumpIfFalseOrPop(t) | Op::JumpIfTrueOrPop(t) => (1, 0, Some((t, d))),
            Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) => (1, 0, Some((t, d - 1))),
            Op::Jump(t) => {
                work.push((t as usize, d, b));
                continue;
            }
            Op::ReturnValue => {
                assert!(d >= 1);
                assert_eq!(b, 0, "{}: return at {pc} with blocks left", code.name);
                continue;
            }
            Op::Reraise(_) => {
                assert!(d >= 1);
                continue;
            }
            Op::Raise(k) => {
                assert!(d >= k as i32);
                continue;
            }
            other => {
                let e = stack_effect(other, false);
                (0, e, None)
            }
        };
        let after = d - pops + pushes;
        max = max.max(after);
        if let Some((t, dj)) = jump {
            work.push((t as usize, dj, b));
        }
        work.push((pc + 1, after, nb));
    }
    assert!(
        code.max_stack as i32 >= max,
        "{}: max_stack too small",
        code.name
    );
    for c in &code.consts {
        if let Const::Code(inner) = c {
            check_stack(inner);
        }
    }
}

/// Parses and compiles real source (the parser is in the crate too).
fn compile_source(name: &str, text: &str) -> Option<Rc<CodeObject>> {
    let m = crate::parser::parse(text, crate::parser::Mode::Module).ok()?;
    compile_module(&m, &SourceFile::new(name, text), false).ok()
}

#[test]
fn early_exits_through_finally_keep_stack_and_blocks_balanced() {
    // Issue 17: a `return` whose finally bodies are inlined keeps its value on the
    // stack; a `break`/`continue`/`return` inside those bodies must drop it (and
    // `max_stack_depth` used to climb forever when it did not).
    let cases = [
        "def f():\n for i in range(3):\n  try:\n   try:\n    return i\n   finally:\n    pass\n  finally:\n   continue\n",
        "def f():\n while 1:\n  try:\n   return 1\n  finally:\n   break\n",
        "def f():\n try:\n  return 1\n finally:\n  return 2\n",
        "def f():\n for i in x:\n  with a:\n   try:\n    return i\n   finally:\n    with b:\n     continue\n",
        "def f():\n for i in x:\n  try:\n   return i\n  except E as e:\n   return e\n  finally:\n   for j in y:\n    try:\n     break\n    finally:\n     continue\n",
        "def f():\n for i in x:\n  try:\n   raise E\n  finally:\n   try:\n    return i\n   finally:\n    break\n",
        "def g():\n for i in x:\n  try:\n   yield i\n   return i\n  finally:\n   try:\n    continue\n   finally:\n    yield i\n",
    ];
    for src in cases {
        let code = compile_source("t.py", src).expect("compiles");
        check_stack(&code);
    }
}

#[test]
fn golden_programs_keep_stack_and_blocks_balanced() {
    // Every golden program (tests/cases/**/*.py) that compiles passes the checker.
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "py") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases"),
        &mut files,
    );
    assert!(files.len() > 100);
    let mut checked = 0;
    for p in files {
        let Ok(text) = std::fs::read_to_string(&p) else {
            continue;
        };
        if let Some(code) = compile_source(&p.display().to_string(), &text) {
            check_stack(&code);
            checked += 1;
        }
    }
    assert!(checked > 100);
}

#[test]
fn max_stack_covers_all_paths() {
    // try:
    //     for a, *b in c: x[i] += f(*a, k=1)
    // except E as e:
    //     return [y for y in e if y]      (inside def)
    // finally:
    //     with m() as w: break-free body
    let aug = st(StmtKind::AugAssign {
        target: ex(ExprKind::Subscript {
            value: Box::new(name("x")),
            slice: Box::new(name("i")),
        }),
        op: BinOp::Add,
        value: ex(ExprKind::Call {
            func: Box::new(name("f")),
            args: vec![ex(ExprKind::Starred(Box::new(name("a"))))],
            keywords: vec![Keyword {
                name: Some("k".into()),
                value: int(1),
                span: Span::default(),
            }],
        }),
    });
    let loop_ = for_(
        ex(ExprKind::Tuple(vec![
            name("a"),
            ex(ExprKind::Starred(Box::new(name("b")))),
        ])),
        name("c"),
        vec![aug, st(StmtKind::Break)],
    );
    let comp = listcomp(name("y"), name("y"), name("e"));
    let with = st(StmtKind::With {
        items: vec![WithItem {
            context: call(name("m"), vec![]),
            target: Some(name("w")),
        }],
        body: vec![expr_stmt(ex(ExprKind::Compare {
            left: Box::new(int(1)),
            ops: vec![CmpOp::Lt, CmpOp::Lt],
            comparators: vec![name("w"), int(3)],
        }))],
        is_async: false,
    });
    let tr = st(StmtKind::Try {
        body: vec![loop_],
        handlers: vec![ExceptHandler {
            span: Span::default(),
            typ: Some(name("E")),
            name: Some("e".into()),
            body: vec![ret(comp)],
            star: false,
        }],
        orelse: vec![],
        finalbody: vec![with],
    });
    let m = module(vec![def(
        "g",
        &[],
        vec![tr, expr_stmt(ex(ExprKind::YieldFrom(Box::new(name("z")))))],
    )]);
    let code = compile(&m);
    check_stack(&code);
    let Const::Code(g) = &code.consts[0] else {
        panic!()
    };
    assert!(g.flags.generator);
    assert!(g.max_stack >= 6);
}

// ---- disassembly and lines ------------------------------------------------------------

#[test]
fn disassembly_golden() {
    // 1 def f(x):
    // 2     return x + 1
    let m = module(vec![at(
        1,
        def(
            "f",
            &["x"],
            vec![at(
                2,
                ret(on(2, binop(on(2, name("x")), BinOp::Add, on(2, int(1))))),
            )],
        ),
    )]);
    let code = compile(&m);
    let expected = "\
Disassembly of <code object <module> at line 1>:
   1          0 LOAD_CONST             0 (<code object f at line 1>)
              1 MAKE_FUNCTION          0
              2 STORE_NAME             0 (f)
              3 LOAD_CONST             1 (None)
              4 RETURN_VALUE

Disassembly of <code object f at line 1>:
   2          0 LOAD_FAST              0 (x)
              1 LOAD_CONST             0 (1)
              2 BINARY_OP              0 (+)
              3 RETURN_VALUE
";
    assert_eq!(disassemble(&code), expected);
    let Const::Code(f) = &code.consts[0] else {
        panic!()
    };
    assert_eq!(&*f.lines, &[2, 2, 2, 2]);
    assert_eq!(f.argcount, 1);
    assert_eq!(f.qualname, "f");
}

#[test]
fn interactive_prints_expressions() {
    let m = module(vec![expr_stmt(name("x"))]);
    let code = compile_module(&m, &src(), true).unwrap();
    assert_eq!(code.code[1], Op::PrintExpr);
    assert!(code.flags.uses_namespace);
}

#[test]
fn future_imports_are_checked_at_compile_time() {
    fn err(text: &str) -> Option<String> {
        let m = crate::parser::parse(text, crate::parser::Mode::Module).ok()?;
        compile_module(&m, &SourceFile::new("t.py", text), false)
            .err()
            .map(|e| e.msg)
    }
    let late = "from __future__ imports must occur at the beginning of the file";
    assert_eq!(err("from __future__ import annotations, division\n"), None);
    assert_eq!(
        err("'doc'\nfrom __future__ import annotations\nx = 1\n"),
        None
    );
    assert_eq!(
        err("from __future__ import braces\n").as_deref(),
        Some("not a chance")
    );
    assert_eq!(
        err("from __future__ import spam\n").as_deref(),
        Some("future feature spam is not defined")
    );
    assert_eq!(
        err("x = 1\nfrom __future__ import division\n").as_deref(),
        Some(late)
    );
    assert_eq!(
        err("def f():\n from __future__ import division\n").as_deref(),
        Some(late)
    );
}

#[test]
fn future_annotations_are_stored_as_source_text() {
    let text =
        "from __future__ import annotations\ndef f(x: List[int], y: 'str') -> A | None: pass\n";
    let code = compile_source("t.py", text).expect("compiles");
    let strs: Vec<String> = code
        .consts
        .iter()
        .filter_map(|c| match c {
            Const::Str(s) => Some(s.to_string()),
            _ => None,
        })
        .collect();
    for want in ["List[int]", "'str'", "A | None"] {
        assert!(
            strs.iter().any(|s| s == want),
            "{want} missing from {strs:?}"
        );
    }
}
