//! Expressions: operators, short-circuit logic, chained comparisons, displays with
//! unpacking, calls (plain, keyword, star, method), f-strings, yield, constants.
//!
//! Mirrors compiler_visit_expr1, compiler_call_helper, compiler_compare, starunpack_helper
//! and the constant handling of CPython's Python/compile.c, with the folds of
//! CPython 3.11's AST optimiser (Python/ast_opt.c: operators on constants within its
//! size limits, `not`, subscripts, tuples of constants, `fold_iter`'s tuples and
//! frozensets after `in` and in `for`) and of its peephole pass that `co_consts` shows
//! (`fold_tuple_on_constants`; the trimming of unused constants is `consts.rs`).

use super::func::CompKind;
use super::{Compiler, Ctx};
use crate::ast::{BoolOp, Constant, Expr, ExprKind, Keyword, UnaryOp};
use crate::bytecode::{BinOp, CmpOp};
use crate::bytecode::{Const, Op, Unary};
use crate::diagnostics::SyntaxError;
use num_bigint::BigInt;
use std::rc::Rc;

impl<'a> Compiler<'a> {
    /// Compiles `e`, leaving its value on the stack. Instructions get `e`'s line; the
    /// caller's line is restored afterwards.
    pub(super) fn expr(&mut self, e: &'a Expr) -> Result<(), SyntaxError> {
        let saved = self.set_line(e.span);
        self.expr_inner(e)?;
        self.unit().loc = saved;
        Ok(())
    }

    /// One field of an f-string: its value, its spec, then FORMAT_VALUE at the
    /// current location.
    fn formatted_value(
        &mut self,
        value: &'a Expr,
        conversion: Option<char>,
        format_spec: Option<&'a Expr>,
    ) -> Result<(), SyntaxError> {
        self.expr(value)?;
        let mut flags = match conversion {
            Some('s') => 1,
            Some('r') => 2,
            Some('a') => 3,
            _ => 0,
        };
        if let Some(spec) = format_spec {
            self.expr(spec)?;
            flags |= 4;
        }
        self.emit(Op::FormatValue(flags));
        Ok(())
    }

    fn expr_inner(&mut self, e: &'a Expr) -> Result<(), SyntaxError> {
        if let Some(c) = self.fold(e)? {
            self.emit_const(c);
            return Ok(());
        }
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let mut jumps = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        jumps.push(self.emit(match op {
                            BoolOp::And => Op::JumpIfFalseOrPop(0),
                            BoolOp::Or => Op::JumpIfTrueOrPop(0),
                        }));
                    }
                }
                jumps.into_iter().for_each(|j| self.patch(j));
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Copy(1));
                match &target.kind {
                    ExprKind::Name(n) => self.name_op(n, Ctx::Store),
                    _ => return Err(SyntaxError::syntax("invalid walrus target", target.span)),
                }
            }
            ExprKind::BinOp { left, op, right } => {
                if *op == crate::bytecode::BinOp::Mod && self.percent_as_fstring(left, right)? {
                    return Ok(());
                }
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Op::BinaryOp(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                if let Some((left, inv, right)) = inverted_compare(*op, operand) {
                    // CPython's AST optimiser (`fold_unaryop`): `not (a is b)` is
                    // compiled as `a is not b`, at the comparison's location.
                    let saved = self.set_line(operand.span);
                    self.compare(operand, left, &[inv], std::slice::from_ref(right))?;
                    self.unit().loc = saved;
                    return Ok(());
                }
                self.expr(operand)?;
                self.emit(Op::UnaryOp(match op {
                    UnaryOp::Invert => Unary::Invert,
                    UnaryOp::Not => Unary::Not,
                    UnaryOp::UAdd => Unary::Pos,
                    UnaryOp::USub => Unary::Neg,
                }));
            }
            ExprKind::Lambda { params, body } => self.lambda(e, params, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                let other = self.emit(Op::PopJumpIfFalse(0));
                self.expr(body)?;
                let end = self.emit(Op::Jump(0));
                self.patch(other);
                self.expr(orelse)?;
                self.patch(end);
            }
            ExprKind::Dict { keys, values } => self.dict_display(keys, values)?,
            ExprKind::Set(xs) => {
                self.display(xs, 0, Op::BuildSet, Op::SetAdd(1), Op::SetUpdate(1))?
            }
            ExprKind::List(xs) => {
                // CPython's `starunpack_helper`: a list of more than two constants is
                // built by extending an empty list with one folded tuple constant (so
                // the tuple in `co_consts` holds the items, as `getrefcount` shows).
                if let Some(items) = self.all_constants(xs)? {
                    self.emit(Op::BuildList(0));
                    self.emit_compiler_const(Const::Tuple(items.into()));
                    self.emit(Op::ListExtend(1));
                } else {
                    self.display(xs, 0, Op::BuildList, Op::ListAppend(1), Op::ListExtend(1))?
                }
            }
            ExprKind::Tuple(xs) => self.tuple_of(xs, 0)?,
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompKind::Set, generators, elt, None)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompKind::Gen, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, CompKind::Dict, generators, key, Some(value))?,
            // The symbol table allows `await` only in an `async def` body.
            ExprKind::Await(v) => {
                self.expr(v)?;
                self.emit_await(0);
            }
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Const::None),
                }
                self.emit(Op::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                if self.cur().flags.coroutine {
                    return Err(SyntaxError::syntax(
                        "'yield from' inside async function",
                        e.span,
                    ));
                }
                self.expr(v)?;
                self.emit(Op::GetYieldFromIter);
                self.emit_const(Const::None);
                self.emit(Op::YieldFrom);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(e, left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.check_caller(func);
                let plain = keywords.is_empty() && !args.iter().any(is_starred);
                // `obj.meth(x, k=v)`: named keywords only, no `*a`/`**k` (CPython 3.11
                // uses LOAD_METHOD for these too: no bound method is made).
                let named_kw =
                    !args.iter().any(is_starred) && keywords.iter().all(|k| k.name.is_some());
                match &func.kind {
                    ExprKind::Attribute { value, attr } if named_kw => {
                        self.expr(value)?;
                        let i = self.name_idx(&self.mangled(attr));
                        // The method lookup is the attribute's (`obj.meth`), the call
                        // the whole call's.
                        let saved = self.set_line(self.attr_name_span(func.span, attr));
                        self.emit(Op::LoadMethod(i));
                        self.unit().loc = saved;
                        if plain {
                            args.iter().try_for_each(|a| self.expr(a))?;
                            self.emit(Op::CallMethod(args.len() as u32));
                        } else {
                            self.call_args_with(args, keywords, 0, true)?;
                        }
                    }
                    _ => {
                        self.expr(func)?;
                        self.call_args(args, keywords, 0)?;
                    }
                }
            }
            ExprKind::JoinedStr(parts) => {
                for p in parts {
                    match &p.kind {
                        // CPython 3.11 gives each field the whole f-string's
                        // location, so an error formatting it underlines the
                        // literal (the field's expression keeps its own).
                        ExprKind::FormattedValue {
                            value,
                            conversion,
                            format_spec,
                        } => self.formatted_value(value, *conversion, format_spec.as_deref())?,
                        _ => self.expr(p)?,
                    }
                }
                match parts.len() {
                    // `f""`: BUILD_STRING 0 (CPython's `compiler_joined_str`), no
                    // constant.
                    0 => {
                        self.emit(Op::BuildString(0));
                    }
                    1 => {
                        // A lone constant part is already a str; a lone field is
                        // already formatted by FormatValue.
                    }
                    n => {
                        self.emit(Op::BuildString(n as u32));
                    }
                }
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => self.formatted_value(value, *conversion, format_spec.as_deref())?,
            ExprKind::Constant(c) => {
                let c = self.constant(c, e)?;
                self.emit_const(c);
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_idx(&self.mangled(attr));
                let saved = self.set_line(self.attr_name_span(e.span, attr));
                self.emit(Op::LoadAttr(i));
                self.unit().loc = saved;
            }
            ExprKind::Subscript { value, slice } => {
                self.check_subscripter(value);
                self.check_index(value, slice);
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Op::BinarySubscr);
            }
            ExprKind::Starred(_) => {
                return Err(SyntaxError::syntax(
                    "can't use starred expression here",
                    e.span,
                ))
            }
            // `__debug__` is a constant of the compilation (CPython's AST optimizer
            // folds it): False when asserts are compiled out.
            ExprKind::Name(n) if n == "__debug__" => {
                self.emit_const(Const::Bool(super::optimize_level() == 0))
            }
            ExprKind::Name(n) => self.name_op(n, Ctx::Load),
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.emit_const(Const::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Op::BuildSlice(3));
                    }
                    None => {
                        self.emit(Op::BuildSlice(2));
                    }
                }
            }
        }
        Ok(())
    }

    /// A dict display, as CPython's `compiler_dict` splits it: runs of `k: v` items are
    /// built as dicts of their own (`subdict`), at most 17 items each, merged into the
    /// first with DICT_UPDATE, as is each `**m`. Which dicts are made, and how each
    /// grows, is visible (`sys.getsizeof`, the collector's count).
    fn dict_display(
        &mut self,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
    ) -> Result<(), SyntaxError> {
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(&keys[i - elements..i], &values[i - elements..i])?;
                    if have_dict {
                        self.emit(Op::DictUpdate(1));
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Op::BuildMap(0));
                    have_dict = true;
                }
                self.expr(&values[i])?;
                self.emit(Op::DictUpdate(1));
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(&keys[i - elements..=i], &values[i - elements..=i])?;
                if have_dict {
                    self.emit(Op::DictUpdate(1));
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(&keys[n - elements..], &values[n - elements..])?;
            if have_dict {
                self.emit(Op::DictUpdate(1));
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Op::BuildMap(0));
        }
        Ok(())
    }

    /// One run of `k: v` items of a dict display (CPython's `compiler_subdict`): with
    /// more than one item, all keys constants and few enough items, the values then
    /// one tuple constant of the keys (BUILD_CONST_KEY_MAP); a long run is built empty
    /// and filled item by item; otherwise keys and values pushed for BUILD_MAP.
    fn subdict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> Result<(), SyntaxError> {
        let n = values.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            let mut consts = Vec::with_capacity(n);
            for k in keys {
                match k
                    .as_ref()
                    .map(|k| self.constant_of(k))
                    .transpose()?
                    .flatten()
                {
                    Some(c) => consts.push(c),
                    None => break,
                }
            }
            if consts.len() == n {
                values.iter().try_for_each(|v| self.expr(v))?;
                self.emit_compiler_const(Const::Tuple(consts.into()));
                self.emit(Op::BuildConstKeyMap(n as u32));
                return Ok(());
            }
        }
        if big {
            self.emit(Op::BuildMap(0));
        }
        for (k, v) in keys.iter().zip(values) {
            self.expr(k.as_ref().expect("a k: v item"))?;
            self.expr(v)?;
            if big {
                self.emit(Op::MapAdd(1));
            }
        }
        if !big {
            self.emit(Op::BuildMap(n as u32));
        }
        Ok(())
    }

    /// A list/set display (or the list a starred tuple is built in), CPython's
    /// `starunpack_helper`: plain items are pushed and built in one go until the first
    /// `*x`, after which items are added one by one (`add`) or spliced in (`extend`);
    /// `pushed` items are already on the stack. A display of more than
    /// `STACK_USE_GUIDELINE` items (with `pushed`) is built empty and grown item by
    /// item, as CPython's compiler does, which is visible: the list is over-allocated
    /// as appends leave it (`sys.getsizeof` of a 31-item list display is 312, not 304).
    fn display(
        &mut self,
        xs: &'a [Expr],
        pushed: u32,
        build: fn(u32) -> Op,
        add: Op,
        extend: Op,
    ) -> Result<(), SyntaxError> {
        let big = xs.len() + pushed as usize > STACK_USE_GUIDELINE;
        let first_star = if big {
            0
        } else {
            xs.iter().position(is_starred).unwrap_or(xs.len())
        };
        for x in &xs[..first_star] {
            self.expr(x)?;
        }
        self.emit(build(first_star as u32 + pushed));
        for x in &xs[first_star..] {
            match &x.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(extend);
                }
                _ => {
                    self.expr(x)?;
                    self.emit(add);
                }
            }
        }
        Ok(())
    }

    /// A tuple of `xs` after `pushed` items already on the stack (a call's positional
    /// arguments with `*`/`**`, a tuple display that is not a constant), as CPython's
    /// `starunpack_helper` builds it: more than two constants are one folded tuple
    /// constant (extended into a list when items are already pushed), a short list
    /// of plain items is one `BUILD_TUPLE`, anything else a list converted at the end.
    /// Which objects are made is visible (the collector's count, `getrefcount` of the
    /// constants), so this is CPython's choice, not a shortcut.
    fn tuple_of(&mut self, xs: &'a [Expr], pushed: u32) -> Result<(), SyntaxError> {
        if let Some(items) = self.all_constants(xs)? {
            if pushed == 0 {
                self.emit_compiler_const(Const::Tuple(items.into()));
            } else {
                self.emit(Op::BuildList(pushed));
                self.emit_compiler_const(Const::Tuple(items.into()));
                self.emit(Op::ListExtend(1));
                self.emit(Op::ListToTuple);
            }
            return Ok(());
        }
        let big = xs.len() + pushed as usize > STACK_USE_GUIDELINE;
        if !big && !xs.iter().any(is_starred) {
            // Items that each compile to one LOAD_CONST without being constants of
            // the syntax tree (`f"x"`, `__debug__`): CPython's peephole pass
            // (`fold_tuple_on_constants`) turns the loads and the BUILD_TUPLE into
            // one tuple constant, the items' own constants staying in `co_consts`.
            if pushed == 0 && !xs.is_empty() {
                let loads: Option<Vec<Const>> = xs.iter().map(|x| self.load_const_of(x)).collect();
                if let Some(items) = loads {
                    for c in &items {
                        self.add_const(c.clone());
                    }
                    self.emit_compiler_const(Const::Tuple(items.into()));
                    return Ok(());
                }
            }
            xs.iter().try_for_each(|x| self.expr(x))?;
            self.emit(Op::BuildTuple(xs.len() as u32 + pushed));
            return Ok(());
        }
        self.display(
            xs,
            pushed,
            Op::BuildList,
            Op::ListAppend(1),
            Op::ListExtend(1),
        )?;
        self.emit(Op::ListToTuple);
        Ok(())
    }

    /// Pushes call arguments and emits the call. `extra` positional arguments are
    /// already on the stack above the callable (the class body and name for classes).
    pub(super) fn call_args(
        &mut self,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        extra: u32,
    ) -> Result<(), SyntaxError> {
        self.call_args_with(args, keywords, extra, false)
    }

    /// `call_args`; `method` says the callable went through LoadMethod (two stack
    /// slots, CallMethodKw): then there are keywords and no starred arguments.
    fn call_args_with(
        &mut self,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        extra: u32,
        method: bool,
    ) -> Result<(), SyntaxError> {
        let mut seen = std::collections::HashSet::new();
        for k in keywords {
            if let Some(n) = &k.name {
                if !seen.insert(n.as_str()) {
                    return Err(SyntaxError::syntax(
                        format!("keyword argument repeated: {n}"),
                        k.span,
                    ));
                }
            }
        }
        let starred = args.iter().any(is_starred) || keywords.iter().any(|k| k.name.is_none());
        debug_assert!(!(method && (starred || keywords.is_empty())));
        if !starred {
            args.iter().try_for_each(|a| self.expr(a))?;
            let n = extra + args.len() as u32;
            if keywords.is_empty() {
                self.emit(Op::Call(n));
            } else {
                for k in keywords {
                    self.expr(&k.value)?;
                }
                let names: Rc<[Const]> = keywords
                    .iter()
                    .map(|k| Const::Str(k.name.as_deref().unwrap().into()))
                    .collect();
                self.emit_compiler_const(Const::Tuple(names));
                let n = n + keywords.len() as u32;
                self.emit(if method {
                    Op::CallMethodKw(n)
                } else {
                    Op::CallKw(n)
                });
            }
            return Ok(());
        }
        // f(*a, **k): a positional tuple and a keyword dict, then CallEx. A lone `*a`
        // is passed as it is: CallEx makes the tuple (and names the function when `a`
        // is not iterable), as CPython's compiler_call_helper does.
        if let ([a], 0) = (args, extra) {
            if let ExprKind::Starred(inner) = &a.kind {
                self.expr(inner)?;
                return self.call_ex_keywords(keywords);
            }
        }
        self.tuple_of(args, extra)?;
        self.call_ex_keywords(keywords)
    }

    /// The keyword part of a call with `*`/`**` arguments (a dict, if any) and the
    /// CallEx, the positional tuple or iterable being on the stack.
    fn call_ex_keywords(&mut self, keywords: &'a [Keyword]) -> Result<(), SyntaxError> {
        if keywords.is_empty() {
            self.emit(Op::CallEx(0));
            return Ok(());
        }
        self.emit(Op::BuildMap(0));
        let mut merged = false;
        for k in keywords {
            match &k.name {
                // A keyword after a `**` goes in as a one-item mapping merged like
                // the `**` ones, so a name the mapping already gave is "got multiple
                // values" (CPython builds such groups as dicts and merges them).
                Some(n) if merged => {
                    self.emit_const(Const::Str(n.as_str().into()));
                    self.expr(&k.value)?;
                    self.emit(Op::BuildMap(1));
                    self.emit(Op::DictMerge(1));
                }
                Some(n) => {
                    self.emit_const(Const::Str(n.as_str().into()));
                    self.expr(&k.value)?;
                    self.emit(Op::MapAdd(1));
                }
                None => {
                    self.expr(&k.value)?;
                    self.emit(Op::DictMerge(1));
                    merged = true;
                }
            }
        }
        self.emit(Op::CallEx(1));
        Ok(())
    }

    fn constant(&self, c: &Constant, e: &Expr) -> Result<Const, SyntaxError> {
        Ok(match c {
            Constant::None => Const::None,
            Constant::True => Const::Bool(true),
            Constant::False => Const::Bool(false),
            Constant::Ellipsis => Const::Ellipsis,
            Constant::Int(i) => Const::Int(*i),
            Constant::BigInt(s) => match s.parse::<BigInt>() {
                Ok(b) => Const::BigInt(Rc::new(b)),
                Err(_) => return Err(SyntaxError::syntax("invalid integer literal", e.span)),
            },
            Constant::Float(f) => Const::Float(*f),
            Constant::Str(s) => Const::Str(s.as_str().into()),
            Constant::SurrStr(s) => Const::SurrStr(s.as_str().into()),
            Constant::Complex(im) => Const::Complex(0.0, *im),
            Constant::Bytes(b) => Const::Bytes(b.as_slice().into()),
        })
    }

    /// Whether `e` compiles to one constant.
    pub(super) fn folds(&self, e: &Expr) -> Result<bool, SyntaxError> {
        Ok(self.fold(e)?.is_some())
    }

    /// Folds constant expressions as CPython 3.11's AST optimiser does (`-literal`,
    /// `~`/`+` of an int, binary operators on constants within its size limits, tuples
    /// of constants); anything else is left alone.
    fn fold(&self, e: &Expr) -> Result<Option<Const>, SyntaxError> {
        Ok(match &e.kind {
            // Bottom-up, as CPython's optimiser: the operand may itself be folded
            // (`-(2**63)`, `-(1+2)`); a bool operand acts as its int.
            ExprKind::UnaryOp {
                op: op @ (UnaryOp::USub | UnaryOp::Invert | UnaryOp::UAdd),
                operand,
            } => match (op, self.constant_of(operand)?) {
                (_, Some(Const::Bool(b))) => fold_int_unary(*op, BigInt::from(b as i64)),
                (_, Some(Const::Int(i))) => fold_int_unary(*op, BigInt::from(i)),
                (_, Some(Const::BigInt(b))) => fold_int_unary(*op, (*b).clone()),
                (UnaryOp::USub, Some(Const::Float(f))) => Some(Const::Float(-f)),
                (UnaryOp::USub, Some(Const::Complex(re, im))) => Some(Const::Complex(-re, -im)),
                (UnaryOp::UAdd, Some(c @ (Const::Float(_) | Const::Complex(..)))) => Some(c),
                _ => None,
            },
            // `not` of any constant is its negated truth (`unary_not`).
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => self
                .constant_of(operand)?
                .map(|c| Const::Bool(!const_truth(&c))),
            ExprKind::BinOp { left, op, right } => {
                let (Some(a), Some(b)) = (self.constant_of(left)?, self.constant_of(right)?) else {
                    return Ok(None);
                };
                fold_binop(*op, &a, &b)
            }
            // CPython's `fold_subscr`: a constant indexed by a constant, when the
            // lookup succeeds (`'ab'[0]` is the constant `'a'`, `(1, 2)[-1]` is `2`);
            // a slice is not a constant there, so `'ab'[1:]` is left alone.
            ExprKind::Subscript { value, slice } => {
                let (Some(v), Some(k)) = (self.constant_of(value)?, self.constant_of(slice)?)
                else {
                    return Ok(None);
                };
                fold_subscript(&v, &k)
            }
            // CPython's AST optimiser makes `__debug__` a constant.
            ExprKind::Name(n) if n == "__debug__" => {
                Some(Const::Bool(super::optimize_level() == 0))
            }
            ExprKind::Tuple(xs) => {
                let mut out = Vec::with_capacity(xs.len());
                for x in xs {
                    match self.constant_of(x)? {
                        Some(c) => out.push(c),
                        None => return Ok(None),
                    }
                }
                Some(Const::Tuple(out.into()))
            }
            _ => None,
        })
    }

    /// A comparison chain `left op1 c1 op2 c2 ...` (`e` the whole expression, for
    /// its warnings).
    fn compare(
        &mut self,
        e: &Expr,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
    ) -> Result<(), SyntaxError> {
        self.check_compare(e, left, ops, comparators)?;
        self.expr(left)?;
        let n = ops.len();
        let mut cleanups = Vec::new();
        for (i, (op, c)) in ops.iter().zip(comparators).enumerate() {
            if i + 1 == n && matches!(op, CmpOp::In | CmpOp::NotIn) {
                self.iter_operand(c)?;
            } else {
                self.expr(c)?;
            }
            if i + 1 < n {
                // [a, b] -> [b, a, b] -> [b, a<b]: b stays for the next test.
                self.emit(Op::Swap(2));
                self.emit(Op::Copy(2));
                self.emit(Op::CompareOp(*op));
                cleanups.push(self.emit(Op::JumpIfFalseOrPop(0)));
            } else {
                self.emit(Op::CompareOp(*op));
            }
        }
        if !cleanups.is_empty() {
            let end = self.emit(Op::Jump(0));
            cleanups.into_iter().for_each(|j| self.patch(j));
            // [b, False] -> [False]
            self.emit(Op::Swap(2));
            self.emit(Op::Pop);
            self.patch(end);
        }
        Ok(())
    }

    /// An iterable the code only iterates or tests membership in (a `for` loop's or a
    /// comprehension's, the last operand of `in`/`not in`), as CPython's AST optimiser
    /// rewrites it (`fold_iter`): a list display becomes a tuple (a constant when its
    /// items are), a set display of constants a frozenset constant. `sys.getsizeof`
    /// and `co_consts` show which object is made.
    pub(super) fn iter_operand(&mut self, e: &'a Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::List(xs) if !xs.iter().any(is_starred) => {
                let saved = self.set_line(e.span);
                match self.constants_of(xs)? {
                    Some(items) => self.emit_const(Const::Tuple(items.into())),
                    None => self.tuple_of(xs, 0)?,
                }
                self.unit().loc = saved;
                Ok(())
            }
            ExprKind::Set(xs) => match self.constants_of(xs)? {
                // The optimiser's frozenset lives in the parser's arena; the one
                // `co_consts` holds is the compiler's copy (see `Vm::frozenset_const`).
                Some(items) => {
                    let saved = self.set_line(e.span);
                    self.emit_compiler_const(Const::FrozenSet(items.into()));
                    self.unit().loc = saved;
                    Ok(())
                }
                None => self.expr(e),
            },
            _ => self.expr(e),
        }
    }

    /// The constant `e` compiles to one LOAD_CONST of, if it does: a constant of the
    /// syntax tree (folded or not), an f-string of one literal part, `__debug__`.
    fn load_const_of(&self, e: &Expr) -> Option<Const> {
        match &e.kind {
            ExprKind::JoinedStr(parts) => match parts.as_slice() {
                [p] => match &p.kind {
                    ExprKind::Constant(c @ Constant::Str(_)) => self.constant(c, p).ok(),
                    _ => None,
                },
                _ => None,
            },
            ExprKind::Name(n) if n == "__debug__" => {
                Some(Const::Bool(super::optimize_level() == 0))
            }
            _ => self.constant_of(e).ok().flatten(),
        }
    }

    /// The constants `xs` fold to, when every one does (any number of them).
    fn constants_of(&self, xs: &[Expr]) -> Result<Option<Vec<Const>>, SyntaxError> {
        let mut items = Vec::with_capacity(xs.len());
        for x in xs {
            match self.constant_of(x)? {
                Some(c) => items.push(c),
                None => return Ok(None),
            }
        }
        Ok(Some(items))
    }

    /// CPython's `check_compare`: `is`/`is not` with a literal operand (after folding;
    /// None, True, False and Ellipsis excepted) compiles with a SyntaxWarning on stderr,
    /// one per such operator, at the line of the comparison.
    fn check_compare(
        &self,
        e: &Expr,
        left: &Expr,
        ops: &[CmpOp],
        comparators: &[Expr],
    ) -> Result<(), SyntaxError> {
        let is_literal = |x: &Expr| -> Result<bool, SyntaxError> {
            Ok(match &x.kind {
                ExprKind::Constant(
                    Constant::None | Constant::True | Constant::False | Constant::Ellipsis,
                ) => false,
                ExprKind::Constant(_) => true,
                // `()` is a constant after CPython's folding too.
                ExprKind::Tuple(xs) if xs.is_empty() => true,
                _ => self.fold(x)?.is_some(),
            })
        };
        let mut left_lit = is_literal(left)?;
        for (op, c) in ops.iter().zip(comparators) {
            let right_lit = is_literal(c)?;
            if matches!(op, CmpOp::Is | CmpOp::IsNot) && (left_lit || right_lit) {
                let msg = if *op == CmpOp::Is {
                    "\"is\" with a literal. Did you mean \"==\"?"
                } else {
                    "\"is not\" with a literal. Did you mean \"!=\"?"
                };
                self.syntax_warning(e, msg);
            }
            left_lit = right_lit;
        }
        Ok(())
    }

    /// The items of a display of more than two items that are all constants
    /// (CPython's `are_all_items_const` after the AST optimiser), else None.
    fn all_constants(&self, xs: &[Expr]) -> Result<Option<Vec<Const>>, SyntaxError> {
        if xs.len() <= 2 {
            return Ok(None);
        }
        self.constants_of(xs)
    }

    /// The constant value of `e` if it is a literal (or foldable), else None.
    pub(super) fn constant_of(&self, e: &Expr) -> Result<Option<Const>, SyntaxError> {
        match &e.kind {
            ExprKind::Constant(c) => self.constant(c, e).map(Some),
            _ => self.fold(e),
        }
    }
}

/// CPython's compiler builds a display of more items than this (with those already
/// pushed) empty and grows it one item at a time, to bound its stack use
/// (Python/compile.c).
const STACK_USE_GUIDELINE: usize = 30;

/// CPython's limits on folded results (Python/ast_opt.c): strings and bytes up to 4096
/// items, tuples up to 256, ints up to 128 bits (here: what fits in i64).
const MAX_STR_SIZE: usize = 4096;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_TOTAL_ITEMS: usize = 1024;

/// The number of items in a tuple constant counting those of the tuples and
/// frozensets in it (CPython's `check_complexity`).
fn complexity(items: &[Const]) -> usize {
    items
        .iter()
        .map(|c| match c {
            Const::Tuple(t) | Const::FrozenSet(t) => 1 + complexity(t),
            _ => 1,
        })
        .sum()
}

/// `a op b` for two constants when the result is exact and certain (no exception, the
/// same value the VM would compute); None leaves the operation to run time.
fn fold_binop(op: BinOp, a: &Const, b: &Const) -> Option<Const> {
    // CPython's `safe_multiply`: a non-empty sequence is repeated only a count from 0
    // to the limit over its length (a negative count is left to run time); an empty
    // one folds whatever the count.
    fn repeat<T: Clone>(items: &[T], n: i64, limit: usize) -> Option<Vec<T>> {
        if !items.is_empty() && (n < 0 || n as u64 > (limit / items.len()) as u64) {
            return None;
        }
        let n = n.max(0) as usize;
        Some((0..n).flat_map(|_| items.iter().cloned()).collect())
    }
    // A bool operand is its int (`True + 1` is 2), except that `&`, `|` and `^` of
    // two bools give a bool.
    if let (Const::Bool(x), Const::Bool(y)) = (a, b) {
        match op {
            BinOp::BitAnd => return Some(Const::Bool(x & y)),
            BinOp::BitOr => return Some(Const::Bool(x | y)),
            BinOp::BitXor => return Some(Const::Bool(x ^ y)),
            _ => {}
        }
    }
    if matches!(a, Const::Bool(_)) || matches!(b, Const::Bool(_)) {
        let int = |c: &Const| match c {
            Const::Bool(x) => Const::Int(i64::from(*x)),
            c => c.clone(),
        };
        return fold_binop(op, &int(a), &int(b));
    }
    let int_like = |c: &Const| matches!(c, Const::Int(_) | Const::BigInt(_));
    if int_like(a) && int_like(b) {
        // An int to a negative int power is a float power (`long_pow`).
        if let (BinOp::Pow, Const::Int(y)) = (op, b) {
            if *y < 0 {
                return float_pow(exact_f64(a)?, exact_f64(b)?).map(Const::Float);
            }
        }
        if let (Const::Int(x), Const::Int(y)) = (a, b) {
            if let Some(c) = fold_i64(op, *x, *y, a, b) {
                return Some(c);
            }
        }
        return fold_bigint(op, a, b);
    }
    match (a, b) {
        (Const::Float(_), Const::Float(_) | Const::Int(_) | Const::BigInt(_))
        | (Const::Int(_) | Const::BigInt(_), Const::Float(_)) => {
            // An int operand converts correctly rounded (`PyLong_AsDouble`, as the
            // VM's `to_f64`); one too large for a float is an OverflowError.
            let f = |c: &Const| match c {
                Const::Int(i) => Some(*i as f64),
                Const::BigInt(b) => {
                    use num_traits::ToPrimitive;
                    b.to_f64().filter(|x| x.is_finite())
                }
                Const::Float(x) => Some(*x),
                _ => None,
            };
            let (x, y) = (f(a)?, f(b)?);
            Some(Const::Float(match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                BinOp::Mult => x * y,
                BinOp::Div if y != 0.0 => x / y,
                BinOp::Pow => float_pow(x, y)?,
                _ => return None,
            }))
        }
        // Complex arithmetic that cannot raise and needs no rounding decision the
        // runtime makes differently: + - * (CPython folds these too; / and ** are
        // left to run time, where the division and power algorithms live).
        (Const::Complex(..), _) | (_, Const::Complex(..)) => {
            let parts = |c: &Const| match c {
                Const::Complex(re, im) => Some((*re, *im)),
                _ => exact_f64(c).map(|f| (f, 0.0)),
            };
            let ((ar, ai), (br, bi)) = (parts(a)?, parts(b)?);
            Some(match op {
                BinOp::Add => Const::Complex(ar + br, ai + bi),
                BinOp::Sub => Const::Complex(ar - br, ai - bi),
                BinOp::Mult => Const::Complex(ar * br - ai * bi, ar * bi + ai * br),
                _ => return None,
            })
        }
        (Const::Str(x), Const::Str(y)) if op == BinOp::Add => {
            Some(Const::Str(format!("{x}{y}").into()))
        }
        (Const::Str(x), Const::Int(n)) | (Const::Int(n), Const::Str(x)) if op == BinOp::Mult => {
            let chars: Vec<char> = x.chars().collect();
            let out = repeat(&chars, *n, MAX_STR_SIZE)?;
            Some(Const::Str(out.into_iter().collect::<String>().into()))
        }
        (Const::Bytes(x), Const::Bytes(y)) if op == BinOp::Add => {
            Some(Const::Bytes([&x[..], &y[..]].concat().into()))
        }
        (Const::Bytes(x), Const::Int(n)) | (Const::Int(n), Const::Bytes(x))
            if op == BinOp::Mult =>
        {
            Some(Const::Bytes(repeat(x, *n, MAX_STR_SIZE)?.into()))
        }
        (Const::Tuple(x), Const::Tuple(y)) if op == BinOp::Add => {
            Some(Const::Tuple([&x[..], &y[..]].concat().into()))
        }
        (Const::Tuple(x), Const::Int(n)) | (Const::Int(n), Const::Tuple(x))
            if op == BinOp::Mult =>
        {
            let out = repeat(x, *n, MAX_COLLECTION_SIZE)?;
            // `check_complexity`: the items of the tuple and of the tuples in it,
            // times the count, at most MAX_TOTAL_ITEMS.
            if *n > 0 && complexity(x) > MAX_TOTAL_ITEMS / *n as usize {
                return None;
            }
            Some(Const::Tuple(out.into()))
        }
        _ => None,
    }
}

/// The truth of a constant (`PyObject_IsTrue`).
pub(super) fn const_truth(c: &Const) -> bool {
    match c {
        Const::None => false,
        Const::Bool(b) => *b,
        Const::Ellipsis | Const::Code(_) => true,
        Const::Int(i) => *i != 0,
        Const::BigInt(b) => **b != BigInt::from(0),
        Const::Float(f) => *f != 0.0,
        Const::Complex(re, im) => *re != 0.0 || *im != 0.0,
        Const::Str(s) | Const::SurrStr(s) => !s.is_empty(),
        Const::Bytes(b) => !b.is_empty(),
        Const::Tuple(t) | Const::FrozenSet(t) => !t.is_empty(),
    }
}

/// `v[k]` for a str, bytes or tuple constant and an int (or bool) index in range; None
/// where the lookup would raise or the value is not one of those.
fn fold_subscript(v: &Const, k: &Const) -> Option<Const> {
    let i = match k {
        Const::Int(i) => *i,
        Const::Bool(b) => i64::from(*b),
        _ => return None,
    };
    let at = |len: usize| -> Option<usize> {
        let j = if i < 0 { i.checked_add(len as i64)? } else { i };
        (0..len as i64).contains(&j).then_some(j as usize)
    };
    match v {
        Const::Str(s) => {
            let n = s.chars().count();
            Some(Const::Str(s.chars().nth(at(n)?)?.to_string().into()))
        }
        Const::Bytes(b) => Some(Const::Int(i64::from(b[at(b.len())?]))),
        Const::Tuple(t) => Some(t[at(t.len())?].clone()),
        _ => None,
    }
}

/// `x op y` for two ints when the result fits in i64 (None otherwise: the caller
/// retries with big ints).
fn fold_i64(op: BinOp, x: i64, y: i64, a: &Const, b: &Const) -> Option<Const> {
    Some(match op {
        BinOp::Add => Const::Int(x.checked_add(y)?),
        BinOp::Sub => Const::Int(x.checked_sub(y)?),
        BinOp::Mult => Const::Int(x.checked_mul(y)?),
        BinOp::FloorDiv if y != 0 => {
            let q = x.checked_div(y)?;
            Const::Int(if x % y != 0 && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            })
        }
        BinOp::Mod if y != 0 => {
            let r = x.checked_rem(y)?;
            Const::Int(if r != 0 && (r ^ y) < 0 { r + y } else { r })
        }
        BinOp::Pow if y >= 0 => Const::Int(x.checked_pow(u32::try_from(y).ok()?)?),
        BinOp::LShift if (0..64).contains(&y) => {
            let r = x.checked_shl(y as u32)?;
            if r >> y != x {
                return None;
            }
            Const::Int(r)
        }
        BinOp::RShift if y >= 0 => Const::Int(x >> y.min(63)),
        BinOp::BitAnd => Const::Int(x & y),
        BinOp::BitOr => Const::Int(x | y),
        BinOp::BitXor => Const::Int(x ^ y),
        BinOp::Div => {
            let (fx, fy) = (exact_f64(a)?, exact_f64(b)?);
            if fy == 0.0 {
                return None;
            }
            Const::Float(fx / fy)
        }
        _ => return None,
    })
}

/// A number constant as an f64 when the conversion is exact (ints with |i| < 2**53),
/// for mixed int/float arithmetic.
fn exact_f64(c: &Const) -> Option<f64> {
    match c {
        Const::Float(f) => Some(*f),
        Const::Int(i) if i.unsigned_abs() < 1 << 53 => Some(*i as f64),
        _ => None,
    }
}

/// `x ** y` of floats as CPython's `float_pow` computes it, for finite operands; None
/// where it raises (a zero to a negative power, overflow), gives a complex (a negative
/// number to a fractional power) or the operands are not finite.
fn float_pow(x: f64, y: f64) -> Option<f64> {
    if !x.is_finite() || !y.is_finite() {
        return None;
    }
    if y == 0.0 {
        return Some(1.0);
    }
    let odd = |w: f64| w.fract() == 0.0 && (w / 2.0).fract() != 0.0;
    if x == 0.0 {
        return (y > 0.0).then_some(if odd(y) { x } else { 0.0 });
    }
    let (base, negate) = if x < 0.0 {
        if y.fract() != 0.0 {
            return None;
        }
        (-x, odd(y))
    } else {
        (x, false)
    };
    let r = if base == 1.0 { 1.0 } else { base.powf(y) };
    if r.is_infinite() {
        return None;
    }
    Some(if negate { -r } else { r })
}

/// `not (a OP b)` for an OP whose negation is an operator too (`is`/`is not`,
/// `in`/`not in`; a rich comparison may not return a bool, so `<` and `==` stay):
/// the comparison's operands and the negated operator.
fn inverted_compare(op: UnaryOp, operand: &Expr) -> Option<(&Expr, CmpOp, &Expr)> {
    let ExprKind::Compare {
        left,
        ops,
        comparators,
    } = &operand.kind
    else {
        return None;
    };
    let inv = match (op, ops.as_slice()) {
        (UnaryOp::Not, [CmpOp::Is]) => CmpOp::IsNot,
        (UnaryOp::Not, [CmpOp::IsNot]) => CmpOp::Is,
        (UnaryOp::Not, [CmpOp::In]) => CmpOp::NotIn,
        (UnaryOp::Not, [CmpOp::NotIn]) => CmpOp::In,
        _ => return None,
    };
    Some((left, inv, &comparators[0]))
}

/// `-x`, `~x` or `+x` of an int constant.
fn fold_int_unary(op: UnaryOp, x: BigInt) -> Option<Const> {
    use num_traits::ToPrimitive;
    let r = match op {
        UnaryOp::USub => -x,
        UnaryOp::Invert => !x,
        UnaryOp::UAdd => x,
        UnaryOp::Not => return None,
    };
    Some(match r.to_i64() {
        Some(i) => Const::Int(i),
        None => Const::BigInt(Rc::new(r)),
    })
}

/// An int constant as a big int.
fn big_of(c: &Const) -> Option<BigInt> {
    match c {
        Const::Int(i) => Some(BigInt::from(*i)),
        Const::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// CPython's limit on the size of a folded int product, power or shift
/// (`MAX_INT_SIZE` in Python/ast_opt.c), in bits.
const MAX_INT_BITS: u64 = 128;

/// `a op b` for ints past i64, within CPython's limits (`safe_multiply`,
/// `safe_power`, `safe_lshift`); sums and differences are not limited there either.
fn fold_bigint(op: BinOp, a: &Const, b: &Const) -> Option<Const> {
    use num_integer::Integer;
    use num_traits::{Signed, ToPrimitive, Zero};
    let (x, y) = (big_of(a)?, big_of(b)?);
    let bits = |v: &BigInt| v.abs().bits();
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => {
            if !x.is_zero() && !y.is_zero() && bits(&x) + bits(&y) > MAX_INT_BITS {
                return None;
            }
            x * y
        }
        BinOp::FloorDiv if !y.is_zero() => x.div_floor(&y),
        BinOp::Mod if !y.is_zero() => x.mod_floor(&y),
        BinOp::Pow if !y.is_negative() => {
            let e = y.to_u64()?;
            if !x.is_zero() && e > 0 && bits(&x) > MAX_INT_BITS / e {
                return None;
            }
            num_traits::pow(x, usize::try_from(e).ok()?)
        }
        BinOp::LShift if !y.is_negative() => {
            let w = y.to_u64()?;
            if !x.is_zero() && (w > MAX_INT_BITS || bits(&x) > MAX_INT_BITS - w) {
                return None;
            }
            x << usize::try_from(w).ok()?
        }
        BinOp::RShift if !y.is_negative() => match y.to_usize() {
            Some(w) => x >> w,
            None if x.is_negative() => BigInt::from(-1),
            None => BigInt::zero(),
        },
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        _ => return None,
    };
    Some(match r.to_i64() {
        Some(i) => Const::Int(i),
        None => Const::BigInt(Rc::new(r)),
    })
}

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred(_))
}

/// One piece of a `%`-format rewritten as an f-string.
enum Piece {
    Text(String),
    /// The tuple item at this index, converted with `s`/`r`/`a` and formatted with the
    /// spec (`>5`, `5`, `.2`, ...) if any.
    Field(usize, char, Option<String>),
}

/// CPython 3.11's AST optimiser turns `'...' % (a, b)` into an f-string when every
/// conversion is `%s`, `%r` or `%a` with at most a `-` flag, a width and a precision,
/// and the items match the conversions one to one (`optimize_format` in
/// Python/ast_opt.c). `None` when the format is not of that kind.
fn percent_pieces(fmt: &str, items: usize) -> Option<Vec<Piece>> {
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut chars = fmt.chars().peekable();
    let mut used = 0;
    while let Some(c) = chars.next() {
        if c != '%' {
            text.push(c);
            continue;
        }
        if chars.peek() == Some(&'%') {
            chars.next();
            text.push('%');
            continue;
        }
        if !text.is_empty() {
            pieces.push(Piece::Text(std::mem::take(&mut text)));
        }
        if used >= items {
            return None;
        }
        let mut ljust = false;
        let mut c = chars.next()?;
        while c == '-' {
            ljust = true;
            c = chars.next()?;
        }
        if matches!(c, '-' | '+' | ' ' | '#' | '0') {
            return None;
        }
        let mut spec = String::new();
        if c.is_ascii_digit() {
            let mut width = String::new();
            while c.is_ascii_digit() {
                width.push(c);
                c = chars.next()?;
            }
            // A str formats left-justified by default: only right-justify says so.
            if !ljust {
                spec.push('>');
            }
            spec.push_str(&width);
        }
        if c == '.' {
            c = chars.next()?;
            let mut prec = String::new();
            while c.is_ascii_digit() {
                prec.push(c);
                c = chars.next()?;
            }
            // As CPython writes the number back (`%.05s` -> `.5`, `%.s` -> `.0`).
            let prec = prec.trim_start_matches('0');
            spec.push('.');
            spec.push_str(if prec.is_empty() { "0" } else { prec });
        }
        if !matches!(c, 's' | 'r' | 'a') {
            return None;
        }
        pieces.push(Piece::Field(used, c, (!spec.is_empty()).then_some(spec)));
        used += 1;
    }
    if used != items {
        return None;
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    Some(pieces)
}

impl<'a> Compiler<'a> {
    /// `'fmt' % (a, b)` compiled as the f-string CPython's optimiser makes of it (see
    /// [`percent_pieces`]); false (nothing emitted) when it does not apply. Each field's
    /// formatting is attributed to its item, as CPython's positions are.
    fn percent_as_fstring(&mut self, left: &'a Expr, right: &'a Expr) -> Result<bool, SyntaxError> {
        let (ExprKind::Constant(Constant::Str(fmt)), ExprKind::Tuple(items)) =
            (&left.kind, &right.kind)
        else {
            return Ok(false);
        };
        if items.iter().any(|x| matches!(x.kind, ExprKind::Starred(_))) {
            return Ok(false);
        }
        let Some(pieces) = percent_pieces(fmt, items.len()) else {
            return Ok(false);
        };
        for p in &pieces {
            match p {
                Piece::Text(t) => self.emit_const(Const::Str(t.as_str().into())),
                Piece::Field(i, conv, spec) => {
                    let item = &items[*i];
                    self.expr(item)?;
                    let saved = self.set_line(item.span);
                    let mut flags = match conv {
                        's' => 1,
                        'r' => 2,
                        _ => 3,
                    };
                    if let Some(spec) = spec {
                        self.emit_const(Const::Str(spec.as_str().into()));
                        flags |= 4;
                    }
                    self.emit(Op::FormatValue(flags));
                    self.unit().loc = saved;
                }
            }
        }
        match pieces.len() {
            0 => self.emit_const(Const::Str("".into())),
            1 => {}
            n => {
                self.emit(Op::BuildString(n as u32));
            }
        }
        Ok(true)
    }
}
