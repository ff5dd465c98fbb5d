//! Fuzz target 3, structure-aware: `arbitrary` builds a small syntax tree of the
//! supported subset, rendered as a valid program, so the compiler, the VM, the
//! refcounts and the cycle collector see real programs instead of syntax errors.
//! Names come from small pools so statements interact (a variable assigned, then
//! mutated, put in a cycle, deleted, collected).
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use std::fmt::Write;

#[global_allocator]
static ALLOC: mempy::runtime::limits::CountingAlloc = mempy::runtime::limits::CountingAlloc;

mod common;

const VARS: [&str; 5] = ["a", "b", "c", "d", "e"];
const FUNCS: [&str; 3] = ["f0", "f1", "f2"];
const CLASSES: [&str; 2] = ["C0", "C1"];
const ATTRS: [&str; 3] = ["x", "y", "z"];

#[derive(Arbitrary, Debug)]
enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    BoolAnd,
    BoolOr,
    Eq,
    Lt,
    Is,
    In,
}

#[derive(Arbitrary, Debug)]
enum Expr {
    Int(i64),
    Big(u8),
    Float(f64),
    Str(u8),
    None,
    Var(u8),
    Bin(Box<Expr>, BinOp, Box<Expr>),
    Neg(Box<Expr>),
    Not(Box<Expr>),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Dict(Vec<(Expr, Expr)>),
    Set(Vec<Expr>),
    Index(Box<Expr>, Box<Expr>),
    Slice(Box<Expr>, Option<i8>, Option<i8>),
    Attr(Box<Expr>, u8),
    Call(u8, Vec<Expr>),
    New(u8, Box<Expr>),
    Method(Box<Expr>, u8, Vec<Expr>),
    Builtin(u8, Box<Expr>),
    ListComp(Box<Expr>, u8, Box<Expr>),
    DictComp(Box<Expr>, u8),
    GenExp(Box<Expr>, u8),
    Lambda(Box<Expr>),
    IfExp(Box<Expr>, Box<Expr>, Box<Expr>),
    FString(Box<Expr>, u8),
}

#[derive(Arbitrary, Debug)]
enum Stmt {
    Assign(u8, Expr),
    AugAssign(u8, BinOp, Expr),
    SetAttr(u8, u8, Expr),
    SetItem(u8, Expr, Expr),
    Print(Expr),
    Del(u8),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    For(u8, Expr, Vec<Stmt>),
    While(u8, Vec<Stmt>),
    Try(Vec<Stmt>, u8, Vec<Stmt>, Vec<Stmt>),
    Raise(u8, Expr),
    Def(u8, u8, Vec<Stmt>, Expr),
    DefGen(u8, Vec<Expr>),
    Class(u8, bool, Vec<Stmt>),
    Return(Expr),
    Cycle(u8, u8),
    Collect,
    With(Expr, Vec<Stmt>),
    Global(u8),
    Assert(Expr),
    Break,
    Continue,
}

#[derive(Arbitrary, Debug)]
struct Program(Vec<Stmt>);

fn pick<'a>(pool: &[&'a str], i: u8) -> &'a str {
    pool[i as usize % pool.len()]
}

const MAX_DEPTH: usize = 6;

fn binop(op: &BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::And => "&",
        BinOp::Or => "|",
        BinOp::Xor => "^",
        BinOp::Shl => "<<",
        BinOp::Shr => ">>",
        BinOp::BoolAnd => "and",
        BinOp::BoolOr => "or",
        BinOp::Eq => "==",
        BinOp::Lt => "<",
        BinOp::Is => "is",
        BinOp::In => "in",
    }
}

fn list(out: &mut String, items: &[Expr], d: usize) {
    for (i, e) in items.iter().take(6).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, e, d + 1);
    }
}

fn expr(out: &mut String, e: &Expr, d: usize) {
    if d > MAX_DEPTH {
        out.push('1');
        return;
    }
    match e {
        Expr::Int(i) => {
            let _ = write!(out, "({})", i);
        }
        Expr::Big(n) => {
            let _ = write!(out, "(7 ** {} - 1)", 20 + *n as u32 * 3);
        }
        Expr::Float(f) => {
            if f.is_finite() {
                let _ = write!(out, "({:?})", f);
            } else {
                out.push_str("float('inf')");
            }
        }
        Expr::Str(n) => {
            const STRS: [&str; 6] = ["''", "'abc'", "'héllo'", "'a,b,c'", "'  x '", "'{}'"];
            out.push_str(STRS[*n as usize % STRS.len()]);
        }
        Expr::None => out.push_str("None"),
        Expr::Var(v) => out.push_str(pick(&VARS, *v)),
        Expr::Bin(a, op, b) => {
            out.push('(');
            expr(out, a, d + 1);
            let _ = write!(out, " {} ", binop(op));
            expr(out, b, d + 1);
            out.push(')');
        }
        Expr::Neg(a) => {
            out.push_str("(-");
            expr(out, a, d + 1);
            out.push(')');
        }
        Expr::Not(a) => {
            out.push_str("(not ");
            expr(out, a, d + 1);
            out.push(')');
        }
        Expr::List(v) => {
            out.push('[');
            list(out, v, d);
            out.push(']');
        }
        Expr::Tuple(v) if v.is_empty() => out.push_str("()"),
        Expr::Tuple(v) => {
            out.push('(');
            list(out, v, d);
            out.push_str(",)");
        }
        Expr::Set(v) => {
            out.push_str("set([");
            list(out, v, d);
            out.push_str("])");
        }
        Expr::Dict(v) => {
            out.push('{');
            for (i, (k, val)) in v.iter().take(5).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                expr(out, k, d + 1);
                out.push_str(": ");
                expr(out, val, d + 1);
            }
            out.push('}');
        }
        Expr::Index(a, i) => {
            expr(out, a, d + 1);
            out.push('[');
            expr(out, i, d + 1);
            out.push(']');
        }
        Expr::Slice(a, lo, hi) => {
            expr(out, a, d + 1);
            let _ = write!(
                out,
                "[{}:{}]",
                lo.map(|x| x.to_string()).unwrap_or_default(),
                hi.map(|x| x.to_string()).unwrap_or_default()
            );
        }
        Expr::Attr(a, n) => {
            expr(out, a, d + 1);
            let _ = write!(out, ".{}", pick(&ATTRS, *n));
        }
        Expr::Call(f, args) => {
            let _ = write!(out, "{}(", pick(&FUNCS, *f));
            list(out, args, d);
            out.push(')');
        }
        Expr::New(c, a) => {
            let _ = write!(out, "{}(", pick(&CLASSES, *c));
            expr(out, a, d + 1);
            out.push(')');
        }
        Expr::Method(recv, m, args) => {
            const METHODS: [&str; 14] = [
                "append", "pop", "extend", "insert", "index", "count", "get", "keys",
                "items", "update", "add", "split", "join", "format",
            ];
            expr(out, recv, d + 1);
            let _ = write!(out, ".{}(", METHODS[*m as usize % METHODS.len()]);
            list(out, args, d);
            out.push(')');
        }
        Expr::Builtin(b, a) => {
            const BUILTINS: [&str; 16] = [
                "len", "repr", "str", "int", "float", "abs", "sorted", "list", "tuple",
                "dict", "set", "bool", "hash", "type", "reversed", "sum",
            ];
            let _ = write!(out, "{}(", BUILTINS[*b as usize % BUILTINS.len()]);
            expr(out, a, d + 1);
            out.push(')');
        }
        Expr::ListComp(e, v, src) => {
            let var = pick(&VARS, *v);
            out.push('[');
            expr(out, e, d + 1);
            let _ = write!(out, " for {} in ", var);
            expr(out, src, d + 1);
            out.push(']');
        }
        Expr::DictComp(e, v) => {
            let var = pick(&VARS, *v);
            let _ = write!(out, "{{{}: ", var);
            expr(out, e, d + 1);
            let _ = write!(out, " for {} in range(3)}}", var);
        }
        Expr::GenExp(e, v) => {
            out.push_str("list(");
            expr(out, e, d + 1);
            let _ = write!(out, " for {} in range(4))", pick(&VARS, *v));
        }
        Expr::Lambda(e) => {
            out.push_str("(lambda a=1: ");
            expr(out, e, d + 1);
            out.push(')');
        }
        Expr::IfExp(a, b, c) => {
            out.push('(');
            expr(out, a, d + 1);
            out.push_str(" if ");
            expr(out, b, d + 1);
            out.push_str(" else ");
            expr(out, c, d + 1);
            out.push(')');
        }
        Expr::FString(e, n) => {
            const SPECS: [&str; 6] = ["", "!r", ":>8", ":.3", ":,", ":x"];
            out.push_str("f'<{");
            expr(out, e, d + 1);
            let _ = write!(out, "{}}}>'", SPECS[*n as usize % SPECS.len()]);
        }
    }
}

fn line(out: &mut String, ind: usize, text: &str) {
    for _ in 0..ind {
        out.push_str("    ");
    }
    out.push_str(text);
    out.push('\n');
}

fn block(out: &mut String, body: &[Stmt], ind: usize, d: usize) {
    let before = out.len();
    for s in body.iter().take(8) {
        stmt(out, s, ind, d + 1);
    }
    if out.len() == before {
        line(out, ind, "pass");
    }
}

fn e2s(e: &Expr, d: usize) -> String {
    let mut s = String::new();
    expr(&mut s, e, d);
    s
}

fn stmt(out: &mut String, s: &Stmt, ind: usize, d: usize) {
    if d > MAX_DEPTH {
        line(out, ind, "pass");
        return;
    }
    match s {
        Stmt::Assign(v, e) => line(out, ind, &format!("{} = {}", pick(&VARS, *v), e2s(e, 0))),
        Stmt::AugAssign(v, op, e) => {
            let op = match op {
                BinOp::BoolAnd | BinOp::BoolOr | BinOp::Eq | BinOp::Lt | BinOp::Is | BinOp::In => {
                    "+"
                }
                op => binop(op),
            };
            line(out, ind, &format!("{} {}= {}", pick(&VARS, *v), op, e2s(e, 0)))
        }
        Stmt::SetAttr(v, a, e) => line(
            out,
            ind,
            &format!("{}.{} = {}", pick(&VARS, *v), pick(&ATTRS, *a), e2s(e, 0)),
        ),
        Stmt::SetItem(v, k, e) => line(
            out,
            ind,
            &format!("{}[{}] = {}", pick(&VARS, *v), e2s(k, 0), e2s(e, 0)),
        ),
        Stmt::Print(e) => line(out, ind, &format!("print({})", e2s(e, 0))),
        Stmt::Del(v) => line(out, ind, &format!("del {}", pick(&VARS, *v))),
        Stmt::If(c, a, b) => {
            line(out, ind, &format!("if {}:", e2s(c, 0)));
            block(out, a, ind + 1, d);
            if !b.is_empty() {
                line(out, ind, "else:");
                block(out, b, ind + 1, d);
            }
        }
        Stmt::For(v, e, body) => {
            line(out, ind, &format!("for {} in {}:", pick(&VARS, *v), e2s(e, 0)));
            block(out, body, ind + 1, d);
        }
        Stmt::While(n, body) => {
            line(out, ind, &format!("_w{} = 0", d));
            line(out, ind, &format!("while _w{} < {}:", d, n % 8));
            line(out, ind + 1, &format!("_w{} += 1", d));
            block(out, body, ind + 1, d);
        }
        Stmt::Try(body, exc, handler, fin) => {
            const EXCS: [&str; 6] = [
                "Exception",
                "ValueError",
                "TypeError",
                "(KeyError, IndexError)",
                "ZeroDivisionError",
                "BaseException",
            ];
            line(out, ind, "try:");
            block(out, body, ind + 1, d);
            line(out, ind, &format!("except {} as err:", EXCS[*exc as usize % EXCS.len()]));
            block(out, handler, ind + 1, d);
            if !fin.is_empty() {
                line(out, ind, "finally:");
                block(out, fin, ind + 1, d);
            }
        }
        Stmt::Raise(k, e) => {
            const EXCS: [&str; 4] = ["ValueError", "TypeError", "KeyError", "RuntimeError"];
            line(
                out,
                ind,
                &format!("raise {}({})", EXCS[*k as usize % EXCS.len()], e2s(e, 0)),
            )
        }
        Stmt::Def(f, nparams, body, ret) => {
            let params: Vec<&str> = VARS.iter().take(*nparams as usize % 4).copied().collect();
            line(
                out,
                ind,
                &format!("def {}({}*args, **kw):", pick(&FUNCS, *f), {
                    let mut p = params.join(", ");
                    if !p.is_empty() {
                        p.push_str(", ");
                    }
                    p
                }),
            );
            block(out, body, ind + 1, d);
            line(out, ind + 1, &format!("return {}", e2s(ret, 0)));
        }
        Stmt::DefGen(f, items) => {
            line(out, ind, &format!("def {}(*args):", pick(&FUNCS, *f)));
            line(out, ind + 1, "for a in args:");
            line(out, ind + 2, "yield a");
            for e in items.iter().take(4) {
                line(out, ind + 1, &format!("yield {}", e2s(e, 0)));
            }
        }
        Stmt::Class(c, with_del, body) => {
            line(out, ind, &format!("class {}:", pick(&CLASSES, *c)));
            line(out, ind + 1, "def __init__(self, v=None):");
            line(out, ind + 2, "self.x = v");
            line(out, ind + 1, "def __repr__(self):");
            line(out, ind + 2, "return 'C(%r)' % (self.x,)");
            line(out, ind + 1, "def __eq__(self, other):");
            line(out, ind + 2, "return self is other");
            line(out, ind + 1, "__hash__ = object.__hash__");
            if *with_del {
                line(out, ind + 1, "def __del__(self):");
                line(out, ind + 2, "print('del', type(self.x).__name__)");
            }
            line(out, ind + 1, "def m(self, *a):");
            block(out, body, ind + 2, d);
        }
        Stmt::Return(e) => line(out, ind, &format!("return {}", e2s(e, 0))),
        Stmt::Cycle(a, b) => {
            let (a, b) = (pick(&VARS, *a), pick(&VARS, *b));
            line(out, ind, &format!("{a} = C0({b}); {b} = [{a}]; {a}.y = {b}"));
        }
        Stmt::Collect => line(out, ind, "gc.collect()"),
        Stmt::With(e, body) => {
            line(out, ind, &format!("with Ctx({}) as w:", e2s(e, 0)));
            block(out, body, ind + 1, d);
        }
        Stmt::Global(v) => line(out, ind, &format!("global {}", pick(&VARS, *v))),
        Stmt::Assert(e) => line(out, ind, &format!("assert {}, 'msg'", e2s(e, 0))),
        Stmt::Break => line(out, ind, "break"),
        Stmt::Continue => line(out, ind, "continue"),
    }
}

/// Renders the program; statements run one by one under `try`, so an early error
/// does not hide the rest.
fn render(p: &Program) -> String {
    let mut out = String::from(
        "import gc\n\
         a = b = c = d = e = None\n\
         class C0:\n    def __init__(self, v=None):\n        self.x = v\n\
         C1 = C0\n\
         def f0(*a, **k):\n    return a\n\
         f1 = f2 = f0\n\
         class Ctx:\n    def __init__(self, v):\n        self.v = v\n    \
         def __enter__(self):\n        return self.v\n    \
         def __exit__(self, *exc):\n        return False\n",
    );
    for s in p.0.iter().take(24) {
        out.push_str("try:\n");
        let before = out.len();
        stmt(&mut out, s, 1, 0);
        if out.len() == before {
            out.push_str("    pass\n");
        }
        out.push_str("except Exception as err:\n    print(type(err).__name__)\n");
    }
    out.push_str("gc.collect()\n");
    out
}

fuzz_target!(|p: Program| {
    let text = render(&p);
    // Some statements are invalid in context (`return` at module level, `break`
    // outside a loop): those are SyntaxErrors, also worth running.
    common::run_program(&text);
});
