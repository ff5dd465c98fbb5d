//! Assignment targets, `del` targets and augmented assignment.
//!
//! Mirrors compiler_visit_expr's Store/Del contexts, unpacking (`UNPACK_SEQUENCE`,
//! `UNPACK_EX`) and compiler_augassign in CPython's Python/compile.c. Target validity
//! was already checked by the symbol table (with CPython's messages).

use super::{Compiler, Ctx};
use crate::ast::{BinOp, Constant, Expr, ExprKind};
use crate::bytecode::Op;
use crate::diagnostics::SyntaxError;

impl<'a> Compiler<'a> {
    /// Stores the value on top of the stack into `t` (consuming it).
    /// CPython 3.11's `apply_static_swaps`: a `SWAP n` (at `at`) followed by `n`
    /// `STORE_FAST`s of one line, where the first and last store to different
    /// locals that no store between them touches, becomes those stores with the
    /// first and last exchanged (`a, b, c = x, y, z` in a function binds `c`, then
    /// `b`, then `a`, so the replaced values are released in that order, as in
    /// python3). Anything else keeps the `SWAP`.
    pub(super) fn apply_static_swap(&mut self, at: usize, n: usize) {
        let u = self.unit();
        if u.code.len() != at + 1 + n {
            return;
        }
        let mut slots = Vec::with_capacity(n);
        for op in &u.code[at + 1..] {
            match op {
                Op::StoreFast(i) => slots.push(*i),
                _ => return,
            }
        }
        let line = u.lines[at + 1];
        if u.lines[at + 1..].iter().any(|&l| l != line) {
            return;
        }
        let (first, last) = (slots[0], slots[n - 1]);
        if first == last || slots[1..n - 1].iter().any(|&m| m == first || m == last) {
            return;
        }
        u.code.remove(at);
        u.lines.remove(at);
        u.spans.remove(at);
        u.code.swap(at, at + n - 1);
        u.spans.swap(at, at + n - 1);
    }

    pub(super) fn store_target(&mut self, t: &'a Expr) -> Result<(), SyntaxError> {
        let saved = self.set_line(t.span);
        match &t.kind {
            ExprKind::Name(n) => self.name_op(n, Ctx::Store),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_idx(&self.mangled(attr));
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Op::StoreSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let stars: Vec<usize> = items
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| matches!(e.kind, ExprKind::Starred(_)))
                    .map(|(i, _)| i)
                    .collect();
                match stars.as_slice() {
                    [] => {
                        self.emit(Op::UnpackSequence(items.len() as u32));
                    }
                    [i] => {
                        let before = *i as u32;
                        let after = (items.len() - i - 1) as u32;
                        // CPython's limit on the names before the star (its oparg
                        // keeps them in 8 bits); mempy's on those after it.
                        if before >= 1 << 8 || after > 0xffff {
                            return Err(SyntaxError::syntax(
                                "too many expressions in star-unpacking assignment",
                                t.span,
                            ));
                        }
                        self.emit(Op::UnpackEx(before | (after << 16)));
                    }
                    _ => {
                        return Err(SyntaxError::syntax(
                            "multiple starred expressions in assignment",
                            t.span,
                        ))
                    }
                }
                for it in items {
                    match &it.kind {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(it)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return Err(SyntaxError::syntax(
                    "starred assignment target must be in a list or tuple",
                    t.span,
                ))
            }
            _ => {
                return Err(SyntaxError::syntax(
                    format!("cannot assign to {}", super::symtable::expr_name(t)),
                    t.span,
                ))
            }
        }
        self.unit().loc = saved;
        Ok(())
    }

    pub(super) fn delete_target(&mut self, t: &'a Expr) -> Result<(), SyntaxError> {
        let saved = self.set_line(t.span);
        match &t.kind {
            ExprKind::Name(n) => self.name_op(n, Ctx::Del),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_idx(&self.mangled(attr));
                self.emit(Op::DeleteAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Op::DeleteSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for it in items {
                    self.delete_target(it)?;
                }
            }
            _ => {
                return Err(SyntaxError::syntax(
                    format!("cannot delete {}", super::symtable::expr_name(t)),
                    t.span,
                ))
            }
        }
        self.unit().loc = saved;
        Ok(())
    }

    /// `target op= value`: the container and key are evaluated once (Copy/Swap).
    pub(super) fn aug_assign(
        &mut self,
        target: &'a Expr,
        op: BinOp,
        value: &'a Expr,
    ) -> Result<(), SyntaxError> {
        match &target.kind {
            ExprKind::Name(n) => {
                self.name_op(n, Ctx::Load);
                self.expr(value)?;
                self.emit(Op::InplaceOp(op));
                self.name_op(n, Ctx::Store);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                let i = self.name_idx(&self.mangled(attr));
                self.emit(Op::Copy(1));
                self.emit(Op::LoadAttr(i));
                self.expr(value)?;
                self.emit(Op::InplaceOp(op));
                // [obj, result] -> [result, obj]
                self.emit(Op::Swap(2));
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript {
                value: container,
                slice,
            } => {
                self.expr(container)?;
                self.expr(slice)?;
                self.emit(Op::Copy(2));
                self.emit(Op::Copy(2));
                self.emit(Op::BinarySubscr);
                self.expr(value)?;
                self.emit(Op::InplaceOp(op));
                // [c, k, r] -> [r, c, k]
                self.emit(Op::Swap(3));
                self.emit(Op::Swap(2));
                self.emit(Op::StoreSubscr);
            }
            _ => {
                return Err(SyntaxError::syntax(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        super::symtable::expr_name(target)
                    ),
                    target.span,
                ))
            }
        }
        Ok(())
    }
}

/// CPython's `_PyPegen_get_expr_name`: how an invalid target is named in messages.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(c) => match c {
            Constant::None => "None",
            Constant::True => "True",
            Constant::False => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}
