//! Scope analysis: decides for every name in every scope whether it is local, global,
//! free (from an enclosing function) or a cell (captured by an inner function).
//!
//! Mirrors CPython's Python/symtable.c: a first pass records how each scope uses each
//! name (bound, used, declared global/nonlocal, parameter), a second pass (`analyze`)
//! resolves them top-down with the set of names bound by enclosing *function* scopes.
//! It also raises the scope-related SyntaxErrors (misplaced `return`/`yield`/`break`,
//! bad `global`/`nonlocal`, duplicate parameters, invalid assignment targets), because
//! this is the first full walk over the tree and so reports errors in source order.

pub use super::assign::expr_name;
use crate::ast::{self, Expr, ExprKind, Span, Stmt, StmtKind};
use crate::diagnostics::SyntaxError;
use std::collections::{HashMap, HashSet};

/// Index of a scope in [`SymbolTable::scopes`].
pub type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
    /// A list/set/dict comprehension or generator expression (function-like).
    Comprehension,
}

/// Where a name lives, from the point of view of one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

// Usage flags collected by the first pass (CPython's DEF_* bits).
const DEF_LOCAL: u32 = 1;
const DEF_PARAM: u32 = 2;
const DEF_GLOBAL: u32 = 4;
const DEF_NONLOCAL: u32 = 8;
const USE: u32 = 16;
const DEF_COMP_ITER: u32 = 32;
/// A simple name annotated in the scope (`x: int`): it cannot then be declared
/// global or nonlocal, nor annotated after such a declaration.
const DEF_ANNOT: u32 = 64;

/// One scope's symbols and the result of the analysis.
#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub qualname: String,
    flags: HashMap<String, u32>,
    /// Parameter names in `varnames` order (positional, kw-only, *args, **kwargs).
    pub params: Vec<String>,
    pub children: Vec<ScopeId>,
    pub generator: bool,
    /// An `async def` body: calling it makes a coroutine; `await`, `async for` and
    /// `async with` are allowed in it.
    pub coroutine: bool,
    /// Resolved scope of every name the scope mentions.
    pub symbols: HashMap<String, NameScope>,
    /// Sorted, like CPython's co_cellvars.
    pub cellvars: Vec<String>,
    /// Sorted, like CPython's co_freevars.
    pub freevars: Vec<String>,
    /// Where each `global`/`nonlocal` declaration is, for analysis-time errors.
    decl_spans: HashMap<String, Span>,
    /// The name of the innermost class this scope is in (its own, for a class body):
    /// private names (`__x`) used here are mangled with it (CPython's `st_private`
    /// and `u_private`).
    pub private: Option<String>,
}

/// Binding or deleting `__debug__` (CPython's `forbidden_name`): a SyntaxError at `span`.
fn forbidden(name: &str, del: bool, span: Span) -> Result<(), SyntaxError> {
    if name != "__debug__" {
        return Ok(());
    }
    let m = if del {
        "cannot delete __debug__"
    } else {
        "cannot assign to __debug__"
    };
    Err(SyntaxError::syntax(m, span))
}

/// CPython's `_Py_Mangle`: inside class `private`, a private name (`__x`, not ending
/// in `__`, without a dot) becomes `_private__x`, the class name stripped of its
/// leading underscores (none when nothing is left of it). None: no change.
pub fn mangle(private: Option<&str>, name: &str) -> Option<String> {
    let private = private?;
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return None;
    }
    let stripped = private.trim_start_matches('_');
    (!stripped.is_empty()).then(|| format!("_{stripped}{name}"))
}

impl Scope {
    /// How a name is accessed in this scope (unknown names are implicit globals).
    pub fn lookup(&self, name: &str) -> NameScope {
        self.symbols
            .get(name)
            .copied()
            .unwrap_or(NameScope::GlobalImplicit)
    }
}

/// The scopes of a module, keyed by the address of the AST node that opens each one.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
}

/// Address of an AST node: the key linking a def/class/lambda/comprehension to its scope
/// (spans are not unique in hand-built trees, addresses are while the tree is borrowed).
pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

impl SymbolTable {
    /// Builds and analyzes the table for a module.
    pub fn build(module: &ast::Module) -> Result<SymbolTable, SyntaxError> {
        let mut b = Builder {
            table: SymbolTable {
                scopes: Vec::new(),
                by_node: HashMap::new(),
            },
            stack: Vec::new(),
            loop_depth: 0,
            comp_iter_expr: 0,
            star_depth: 0,
        };
        b.enter(ScopeKind::Module, "<module>".into(), "".into(), 0);
        for s in &module.body {
            b.stmt(s)?;
        }
        let mut t = b.table;
        let free = t.analyze(0, &HashSet::new(), &HashSet::new())?;
        debug_assert!(free.is_empty());
        Ok(t)
    }

    /// The scope opened by a def/class statement or lambda/comprehension expression.
    pub fn scope_of<T>(&self, node: &T) -> ScopeId {
        self.by_node[&node_key(node)]
    }

    fn analyze(
        &mut self,
        id: ScopeId,
        bound: &HashSet<String>,
        global: &HashSet<String>,
    ) -> Result<HashSet<String>, SyntaxError> {
        let kind = self.scopes[id].kind;
        let mut symbols = HashMap::new();
        let mut free = HashSet::new();
        let mut local = HashSet::new();
        let mut newglobal = global.clone();
        let mut newbound = bound.clone();
        let mut names: Vec<(String, u32)> = self.scopes[id]
            .flags
            .iter()
            .map(|(k, v)| (k.clone(), *v))
            .collect();
        names.sort();
        for (name, fl) in &names {
            let span = self.scopes[id].decl_spans.get(name).copied();
            let err = |m: String| SyntaxError::syntax(m, span.unwrap_or_default());
            let sc = if fl & DEF_GLOBAL != 0 {
                if fl & DEF_NONLOCAL != 0 {
                    return Err(err(format!("name '{name}' is nonlocal and global")));
                }
                newglobal.insert(name.clone());
                newbound.remove(name);
                NameScope::GlobalExplicit
            } else if fl & DEF_NONLOCAL != 0 {
                if !bound.contains(name) {
                    return Err(err(format!("no binding for nonlocal '{name}' found")));
                }
                free.insert(name.clone());
                NameScope::Free
            } else if fl & (DEF_LOCAL | DEF_PARAM) != 0 {
                local.insert(name.clone());
                newglobal.remove(name);
                NameScope::Local
            } else if bound.contains(name) && kind != ScopeKind::Module {
                free.insert(name.clone());
                NameScope::Free
            } else {
                NameScope::GlobalImplicit
            };
            symbols.insert(name.clone(), sc);
        }
        // Only function-like scopes make their locals visible to nested scopes; a
        // class makes `__class__` visible (for zero-argument super()).
        match kind {
            ScopeKind::Function | ScopeKind::Comprehension => {
                for l in &local {
                    newbound.insert(l.clone());
                }
            }
            ScopeKind::Class => {
                // A class's own declarations do not reach its methods: they see
                // what the class itself was given (CPython copies both sets before
                // analysing a class's names), plus `__class__`.
                newglobal = global.clone();
                newbound = bound.clone();
                newbound.insert("__class__".into());
            }
            ScopeKind::Module => {}
        }
        let mut child_free = HashSet::new();
        for c in self.scopes[id].children.clone() {
            child_free.extend(self.analyze(c, &newbound, &newglobal)?);
        }
        let mut cells = Vec::new();
        for name in child_free {
            match kind {
                ScopeKind::Function | ScopeKind::Comprehension if local.contains(&name) => {
                    symbols.insert(name.clone(), NameScope::Cell);
                    cells.push(name);
                }
                ScopeKind::Class if name == "__class__" => cells.push(name),
                ScopeKind::Module => {}
                _ => {
                    // Passed through: a class keeps its own binding of the name
                    // (LoadName), but still carries the outer cell for its methods.
                    symbols.entry(name.clone()).or_insert(NameScope::Free);
                    free.insert(name);
                }
            }
        }
        let mut freevars: Vec<String> = free.iter().cloned().collect();
        freevars.sort();
        cells.sort();
        let s = &mut self.scopes[id];
        s.symbols = symbols;
        s.cellvars = cells;
        s.freevars = freevars;
        Ok(free)
    }
}

/// CPython's error for leaving an `except*` body early.
pub(super) const STAR_EXIT: &str =
    "'break', 'continue' and 'return' cannot appear in an except* block";

struct Builder {
    table: SymbolTable,
    stack: Vec<ScopeId>,
    /// Loops enclosing the current point within the current scope.
    loop_depth: u32,
    /// How many comprehension iterables enclose the expression being visited.
    comp_iter_expr: u32,
    /// `except*` bodies enclosing the current point within the current scope: a
    /// `break`/`continue` there with no loop is CPython's except* error, found when
    /// its compiler unwinds the blocks before it looks for the loop.
    star_depth: u32,
}

/// Why a target is being bound: selects CPython's message wording.
#[derive(Clone, Copy, PartialEq)]
enum TargetCtx {
    /// `a = ...`: the right-most target gets the "Maybe you meant '=='" hint.
    Assign {
        hint: bool,
    },
    Other,
    Del,
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let id = *self.stack.last().unwrap();
        &mut self.table.scopes[id]
    }

    fn enter(&mut self, kind: ScopeKind, name: String, qualname: String, key: usize) {
        let id = self.table.scopes.len();
        let private = if kind == ScopeKind::Class {
            Some(name.clone())
        } else {
            self.stack
                .last()
                .and_then(|&p| self.table.scopes[p].private.clone())
        };
        self.table.scopes.push(Scope {
            private,
            kind,
            name,
            qualname,
            flags: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            generator: false,
            coroutine: false,
            symbols: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            decl_spans: HashMap::new(),
        });
        if let Some(&parent) = self.stack.last() {
            self.table.scopes[parent].children.push(id);
        }
        self.table.by_node.insert(key, id);
        self.stack.push(id);
    }

    /// Qualified name of a child called `name`, like CPython's `__qualname__`.
    fn child_qualname(&self, name: &str) -> String {
        let s = &self.table.scopes[*self.stack.last().unwrap()];
        // A function or class whose name the enclosing scope declared `global` is
        // named from the top (CPython's compiler_set_qualname, GLOBAL_EXPLICIT).
        let key = mangle(s.private.as_deref(), name).unwrap_or_else(|| name.to_string());
        if s.kind != ScopeKind::Module && s.flags.get(&key).is_some_and(|f| f & DEF_GLOBAL != 0) {
            return name.to_string();
        }
        match s.kind {
            ScopeKind::Module => name.to_string(),
            // CPython's compiler_set_qualname adds `<locals>` only under a function
            // or lambda: `[lambda: i for i in r]` makes `<listcomp>.<lambda>`.
            ScopeKind::Class | ScopeKind::Comprehension => format!("{}.{}", s.qualname, name),
            ScopeKind::Function => format!("{}.<locals>.{}", s.qualname, name),
        }
    }

    /// `name` as this scope stores it (mangled inside a class).
    fn mangled(&mut self, name: &str) -> String {
        mangle(self.cur().private.as_deref(), name).unwrap_or_else(|| name.to_string())
    }

    fn add(&mut self, name: &str, flag: u32) {
        let name = self.mangled(name);
        *self.cur().flags.entry(name).or_insert(0) |= flag;
    }

    fn kind(&self) -> ScopeKind {
        self.table.scopes[*self.stack.last().unwrap()].kind
    }

    fn body(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        let e = |m: &str| Err(SyntaxError::syntax(m, s.span));
        match &s.kind {
            StmtKind::FunctionDef {
                name,
                params,
                body,
                decorators,
                returns,
                is_async,
            } => {
                for d in decorators {
                    self.expr(d)?;
                }
                self.defaults(params)?;
                // Parameter and return annotations are evaluated in the enclosing scope.
                let all = params
                    .posonly
                    .iter()
                    .chain(&params.args)
                    .chain(&params.kwonly);
                let extra = params.vararg.iter().chain(&params.kwarg);
                for a in all.chain(extra).filter_map(|p| p.annotation.as_ref()) {
                    self.expr(a)?;
                }
                if let Some(r) = returns {
                    self.expr(r)?;
                }
                forbidden(name, false, s.span)?;
                self.add(name, DEF_LOCAL);
                let q = self.child_qualname(name);
                self.function(name.clone(), q, params, node_key(s), s.span, |b| {
                    b.cur().coroutine = *is_async;
                    b.body(body)
                })?;
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorators,
            } => {
                for d in decorators {
                    self.expr(d)?;
                }
                for b in bases {
                    self.expr(b)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
                forbidden(name, false, s.span)?;
                self.add(name, DEF_LOCAL);
                let q = self.child_qualname(name);
                let saved = std::mem::replace(&mut self.loop_depth, 0);
                let saved_star = std::mem::replace(&mut self.star_depth, 0);
                self.enter(ScopeKind::Class, name.clone(), q, node_key(s));
                self.body(body)?;
                self.stack.pop();
                self.loop_depth = saved;
                self.star_depth = saved_star;
            }
            StmtKind::Return(v) => {
                // `'return' outside function` is the compiler's, as in CPython: an
                // error the compiler meets earlier in the source (a `break` in an
                // except* block) comes first.
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.target(t, TargetCtx::Del)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                let n = targets.len();
                for (i, t) in targets.iter().enumerate() {
                    self.target(t, TargetCtx::Assign { hint: i + 1 == n })?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                match &target.kind {
                    ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                    }
                    _ => {
                        return Err(SyntaxError::syntax(
                            format!(
                                "'{}' is an illegal expression for augmented assignment",
                                expr_name(target)
                            ),
                            target.span,
                        ))
                    }
                }
                self.expr(value)?;
                // `obj.__debug__ += 1` compiles (only a name is checked).
                match &target.kind {
                    ExprKind::Attribute { value, .. } => self.expr(value)?,
                    _ => self.target(target, TargetCtx::Other)?,
                }
                if let ExprKind::Name(n) = &target.kind {
                    self.add(n, USE);
                }
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                } else if let ExprKind::Name(n) | ExprKind::Attribute { attr: n, .. } = &target.kind
                {
                    // Without a value CPython checks the name at the statement.
                    forbidden(n, false, s.span)?;
                }
                let simple = crate::ast::ann_simple(s.span, target);
                if let (ExprKind::Name(n), true) = (&target.kind, simple) {
                    // CPython's symtable: a simple annotated name is a local of
                    // the scope (even without a value), and not one declared
                    // global or nonlocal in a function or class.
                    let key = self.mangled(n);
                    let cur = self.cur().flags.get(&key).copied().unwrap_or(0);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.kind() != ScopeKind::Module {
                        let what = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(SyntaxError::syntax(
                            format!("annotated name '{n}' can't be {what}"),
                            target.span,
                        ));
                    }
                    forbidden(n, false, target.span)?;
                    self.add(n, DEF_LOCAL | DEF_ANNOT);
                } else if let ExprKind::Name(n) = &target.kind {
                    // `(x): int` binds x only when it has a value.
                    forbidden(n, false, target.span)?;
                    if value.is_some() {
                        self.add(n, DEF_LOCAL);
                    }
                } else {
                    self.target(target, TargetCtx::Other)?;
                }
                // Class-body annotations of names are evaluated (into __annotations__).
                if matches!(self.kind(), ScopeKind::Class | ScopeKind::Module)
                    && matches!(target.kind, ExprKind::Name(_))
                {
                    self.expr(annotation)?;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async && !self.cur().coroutine {
                    // CPython marks the header, through its colon.
                    let span = Span::new(s.span.start as usize, iter.span.end as usize + 1);
                    let m = "'async for' outside async function";
                    return Err(SyntaxError::syntax(m, span));
                }
                self.expr(iter)?;
                self.target(target, TargetCtx::Other)?;
                self.loop_depth += 1;
                self.body(body)?;
                self.loop_depth -= 1;
                self.body(orelse)?;
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.loop_depth += 1;
                self.body(body)?;
                self.loop_depth -= 1;
                self.body(orelse)?;
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.body(body)?;
                self.body(orelse)?;
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async && !self.cur().coroutine {
                    let last = items
                        .last()
                        .map(|it| it.target.as_ref().unwrap_or(&it.context));
                    let end = last.map_or(s.span.start, |x| x.span.end) as usize + 1;
                    let span = Span::new(s.span.start as usize, end);
                    let m = "'async with' outside async function";
                    return Err(SyntaxError::syntax(m, span));
                }
                for it in items {
                    self.expr(&it.context)?;
                    if let Some(t) = &it.target {
                        self.target(t, TargetCtx::Other)?;
                    }
                }
                self.body(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                for x in [exc, cause].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.body(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        forbidden(n, false, h.span)?;
                        self.add(n, DEF_LOCAL);
                    }
                    self.star_depth += u32::from(h.star);
                    let r = self.body(&h.body);
                    self.star_depth -= u32::from(h.star);
                    r?;
                }
                self.body(orelse)?;
                self.body(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let bound = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.split('.').next().unwrap(),
                    };
                    forbidden(bound, false, s.span)?;
                    self.add(bound, DEF_LOCAL);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" && self.kind() != ScopeKind::Module {
                        return Err(SyntaxError::syntax(
                            "import * only allowed at module level",
                            a.span,
                        ));
                    }
                    if a.name != "*" {
                        let bound = a.asname.as_ref().unwrap_or(&a.name);
                        forbidden(bound, false, s.span)?;
                        self.add(bound, DEF_LOCAL);
                    }
                }
            }
            StmtKind::Global(names) => self.declare(names, DEF_GLOBAL, "global", s.span)?,
            StmtKind::Nonlocal(names) => {
                if self.kind() == ScopeKind::Module {
                    return e("nonlocal declaration not allowed at module level");
                }
                self.declare(names, DEF_NONLOCAL, "nonlocal", s.span)?
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.body(&c.body)?;
                }
            }
            StmtKind::Expr(x) => self.expr(x)?,
            StmtKind::Pass => {}
            StmtKind::Break => {
                if self.loop_depth == 0 && self.star_depth > 0 {
                    return e(STAR_EXIT);
                }
                if self.loop_depth == 0 {
                    return e("'break' outside loop");
                }
            }
            StmtKind::Continue => {
                if self.loop_depth == 0 && self.star_depth > 0 {
                    return e(STAR_EXIT);
                }
                if self.loop_depth == 0 {
                    return e("'continue' not properly in loop");
                }
            }
        }
        Ok(())
    }

    /// A pattern's captures are local definitions; its values, keys and classes are
    /// loads (CPython's `symtable_visit_pattern`).
    fn pattern(&mut self, p: &crate::ast::Pattern) -> Result<(), SyntaxError> {
        use crate::ast::PatternKind::*;
        match &p.kind {
            MatchStar(Some(n)) | MatchAs { name: Some(n), .. } => self.add(n, DEF_LOCAL),
            MatchMapping { rest: Some(n), .. } => self.add(n, DEF_LOCAL),
            _ => {}
        }
        let (pats, exprs) = p.children();
        for x in exprs {
            self.expr(x)?;
        }
        for q in pats {
            self.pattern(q)?;
        }
        Ok(())
    }

    fn declare(
        &mut self,
        names: &[String],
        flag: u32,
        what: &str,
        span: Span,
    ) -> Result<(), SyntaxError> {
        for n in names {
            let key = self.mangled(n);
            let cur = self.cur().flags.get(&key).copied().unwrap_or(0);
            let msg = if cur & DEF_PARAM != 0 {
                Some(format!("name '{n}' is parameter and {what}"))
            } else if cur & USE != 0 {
                Some(format!("name '{n}' is used prior to {what} declaration"))
            } else if cur & DEF_ANNOT != 0 {
                Some(format!("annotated name '{n}' can't be {what}"))
            } else if cur & DEF_LOCAL != 0 {
                Some(format!(
                    "name '{n}' is assigned to before {what} declaration"
                ))
            } else {
                None
            };
            if let Some(m) = msg {
                return Err(SyntaxError::syntax(m, span));
            }
            self.add(n, flag);
            self.cur().decl_spans.insert(key.clone(), span);
            if flag == DEF_GLOBAL {
                // CPython also records the name as declared global in the module's
                // own table (`st_global`), so module-level code then reads and
                // writes it with LOAD_GLOBAL / STORE_GLOBAL: it matters when
                // exec() gives that code locals apart from its globals.
                *self.table.scopes[0].flags.entry(key).or_insert(0) |= DEF_GLOBAL;
            }
        }
        Ok(())
    }

    fn defaults(&mut self, p: &ast::Parameters) -> Result<(), SyntaxError> {
        let all = p.posonly.iter().chain(&p.args).chain(&p.kwonly);
        for d in all.filter_map(|p| p.default.as_ref()) {
            self.expr(d)?;
        }
        Ok(())
    }

    /// Opens a function scope with its parameters and runs `body` inside it.
    fn function(
        &mut self,
        name: String,
        qualname: String,
        p: &ast::Parameters,
        key: usize,
        span: Span,
        body: impl FnOnce(&mut Self) -> Result<(), SyntaxError>,
    ) -> Result<(), SyntaxError> {
        let saved = std::mem::replace(&mut self.loop_depth, 0);
        let saved_star = std::mem::replace(&mut self.star_depth, 0);
        self.enter(ScopeKind::Function, name, qualname, key);
        let names = p
            .posonly
            .iter()
            .chain(&p.args)
            .chain(&p.kwonly)
            .chain(&p.vararg)
            .chain(&p.kwarg);
        for prm in names {
            forbidden(&prm.name, false, span)?;
            let key = self.mangled(&prm.name);
            if self.cur().flags.contains_key(&key) {
                return Err(SyntaxError::syntax(
                    format!("duplicate argument '{}' in function definition", prm.name),
                    if prm.span == Span::default() {
                        span
                    } else {
                        prm.span
                    },
                ));
            }
            self.add(&prm.name, DEF_PARAM);
            self.cur().params.push(key);
        }
        body(self)?;
        self.stack.pop();
        self.loop_depth = saved;
        self.star_depth = saved_star;
        Ok(())
    }

    /// Records a binding target and checks that it can be assigned to / deleted.
    fn target(&mut self, t: &Expr, ctx: TargetCtx) -> Result<(), SyntaxError> {
        match &t.kind {
            ExprKind::Name(n) => {
                forbidden(n, ctx == TargetCtx::Del, t.span)?;
                self.add(n, DEF_LOCAL);
                Ok(())
            }
            ExprKind::Attribute { value, attr } => {
                if ctx != TargetCtx::Del {
                    forbidden(attr, false, t.span)?;
                }
                self.expr(value)
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let n = items.len();
                for (i, it) in items.iter().enumerate() {
                    // Only the element right before `=` gets the "==" hint.
                    let c = match ctx {
                        TargetCtx::Assign { hint } => TargetCtx::Assign {
                            hint: hint && i + 1 == n && !self.parenthesized(t),
                        },
                        c => c,
                    };
                    self.target(it, c)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) if ctx != TargetCtx::Del => self.target(inner, ctx),
            _ => {
                let name = expr_name(t);
                let msg = match ctx {
                    TargetCtx::Del => format!("cannot delete {name}"),
                    TargetCtx::Assign { hint: true } if crate::parser::helpers::assign_hint(t) => {
                        format!(
                            "cannot assign to {name} here. Maybe you meant '==' instead of '='?"
                        )
                    }
                    _ => format!("cannot assign to {name}"),
                };
                Err(SyntaxError::syntax(msg, t.span))
            }
        }
    }

    /// Whether a tuple target was written in parentheses. The AST does not record it;
    /// a span starting at a different offset than its first element is the tell.
    fn parenthesized(&self, t: &Expr) -> bool {
        match &t.kind {
            ExprKind::Tuple(items) => items.first().is_some_and(|f| f.span.start != t.span.start),
            _ => true,
        }
    }

    fn exprs(&mut self, es: &[Expr]) -> Result<(), SyntaxError> {
        es.iter().try_for_each(|e| self.expr(e))
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Name(n) => {
                self.add(n, USE);
                // Zero-argument super() needs the implicit `__class__` cell.
                if n == "super" && self.kind() == ScopeKind::Function {
                    self.add("__class__", USE);
                }
            }
            // CPython checks where the walrus stands and binds its target before
            // visiting the value, so those errors win over any in the value.
            ExprKind::NamedExpr { target, value } => {
                if self.comp_iter_expr > 0 {
                    return Err(SyntaxError::syntax(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        e.span,
                    ));
                }
                self.walrus_target(target)?;
                self.expr(value)?;
            }
            ExprKind::Lambda { params, body } => {
                self.defaults(params)?;
                let q = self.child_qualname("<lambda>");
                self.function("<lambda>".into(), q, params, node_key(e), e.span, |b| {
                    b.expr(body)
                })?;
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "<listcomp>", generators, &[elt])?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "<setcomp>", generators, &[elt])?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "<genexpr>", generators, &[elt])?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, "<dictcomp>", generators, &[key, value])?,
            ExprKind::Await(v) if self.cur().coroutine => self.expr(v)?,
            // `await` in a comprehension makes it asynchronous (PEP 530); whether
            // that is allowed where it stands is decided when it ends.
            ExprKind::Await(v) if self.kind() == ScopeKind::Comprehension => {
                self.cur().coroutine = true;
                self.expr(v)?
            }
            ExprKind::Await(_) => {
                let m = if self.kind() == ScopeKind::Module {
                    "'await' outside function"
                } else {
                    "'await' outside async function"
                };
                return Err(SyntaxError::syntax(m, e.span));
            }
            ExprKind::Yield(v) => {
                self.yield_here(e.span)?;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                self.yield_here(e.span)?;
                self.expr(v)?;
            }
            // `f(__debug__=1)` (CPython's `validate_keywords`), then the call's parts.
            ExprKind::Call { keywords, .. } => {
                for k in keywords {
                    if let Some(n) = &k.name {
                        forbidden(n, false, e.span)?;
                    }
                }
                e.try_for_each_child(|c| self.expr(c))?
            }
            // Every other kind: its sub-expressions in source order, nothing of its own.
            _ => e.try_for_each_child(|c| self.expr(c))?,
        }
        Ok(())
    }

    fn yield_here(&mut self, span: Span) -> Result<(), SyntaxError> {
        let s = &mut self.table.scopes[*self.stack.last().unwrap()];
        match s.kind {
            ScopeKind::Function => {
                s.generator = true;
                Ok(())
            }
            ScopeKind::Comprehension => {
                let what = match s.name.as_str() {
                    "<listcomp>" => "list comprehension",
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    _ => "generator expression",
                };
                Err(SyntaxError::syntax(format!("'yield' inside {what}"), span))
            }
            _ => Err(SyntaxError::syntax("'yield' outside function", span)),
        }
    }

    /// `(x := v)`: binds x in the nearest enclosing non-comprehension scope (PEP 572).
    fn walrus_target(&mut self, target: &Expr) -> Result<(), SyntaxError> {
        let ExprKind::Name(n) = &target.kind else {
            return Err(SyntaxError::syntax(
                format!(
                    "cannot use assignment expressions with {}",
                    expr_name(target)
                ),
                target.span,
            ));
        };
        forbidden(n, false, target.span)?;
        if self.kind() != ScopeKind::Comprehension {
            self.add(n, DEF_LOCAL);
            return Ok(());
        }
        let key = self.mangled(n);
        for &id in self.stack.iter().rev() {
            let s = &self.table.scopes[id];
            if s.kind != ScopeKind::Comprehension {
                break;
            }
            if s.flags.get(&key).is_some_and(|f| f & DEF_COMP_ITER != 0) {
                return Err(SyntaxError::syntax(
                    format!("assignment expression cannot rebind comprehension iteration variable '{n}'"),
                    target.span,
                ));
            }
        }
        let outer = *self
            .stack
            .iter()
            .rev()
            .find(|&&id| self.table.scopes[id].kind != ScopeKind::Comprehension)
            .unwrap();
        let flag =
            match self.table.scopes[outer].kind {
                ScopeKind::Class => return Err(SyntaxError::syntax(
                    "assignment expression within a comprehension cannot be used in a class body",
                    target.span,
                )),
                ScopeKind::Module => DEF_GLOBAL,
                // A function that declared the name `global` binds it globally, so
                // the comprehension does too (CPython's symtable_extend_namedexpr_scope).
                _ if self.table.scopes[outer]
                    .flags
                    .get(n)
                    .is_some_and(|f| f & DEF_GLOBAL != 0) =>
                {
                    DEF_GLOBAL
                }
                _ => DEF_NONLOCAL,
            };
        *self.table.scopes[outer].flags.entry(n.clone()).or_insert(0) |= DEF_LOCAL;
        // Every comprehension between here and the binding scope passes it through.
        let depth = self.stack.len();
        for i in (0..depth).rev() {
            let id = self.stack[i];
            if id == outer {
                break;
            }
            *self.table.scopes[id].flags.entry(n.clone()).or_insert(0) |= flag;
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        gens: &[ast::Comprehension],
        elts: &[&Expr],
    ) -> Result<(), SyntaxError> {
        // The outermost iterable is evaluated in the enclosing scope. No iterable
        // may hold a walrus, however deeply nested (CPython's ste_comp_iter_expr,
        // which every scope entered meanwhile inherits).
        self.comp_iter_expr += 1;
        self.expr(&gens[0].iter)?;
        self.comp_iter_expr -= 1;
        let q = self.child_qualname(name);
        let saved = std::mem::replace(&mut self.loop_depth, 0);
        let saved_star = std::mem::replace(&mut self.star_depth, 0);
        self.enter(ScopeKind::Comprehension, name.into(), q, node_key(e));
        self.add(".0", DEF_PARAM);
        self.cur().params.push(".0".into());
        let is_gen = name == "<genexpr>";
        if is_gen {
            self.cur().generator = true;
        }
        for (i, g) in gens.iter().enumerate() {
            // An `async for` clause makes the comprehension asynchronous (PEP 530).
            if g.is_async {
                self.cur().coroutine = true;
            }
            // CPython visits an inner clause's target before its iterable.
            self.comp_target(&g.target)?;
            if i > 0 {
                self.comp_iter_expr += 1;
                self.expr(&g.iter)?;
                self.comp_iter_expr -= 1;
            }
            self.exprs(&g.ifs)?;
        }
        for x in elts {
            self.expr(x)?;
        }
        let is_async = self.cur().coroutine && !is_gen;
        self.stack.pop();
        self.loop_depth = saved;
        self.star_depth = saved_star;
        // An asynchronous list, set or dict comprehension is a coroutine its scope
        // awaits: allowed in an `async def` or in another comprehension (which
        // becomes asynchronous in turn); an asynchronous generator expression is an
        // async generator, allowed anywhere (CPython's compiler_comprehension).
        if is_async {
            match self.kind() {
                ScopeKind::Comprehension => self.cur().coroutine = true,
                ScopeKind::Function if self.cur().coroutine => {}
                _ => {
                    return Err(SyntaxError::syntax(
                        "asynchronous comprehension outside of an asynchronous function",
                        e.span,
                    ))
                }
            }
        }
        Ok(())
    }

    fn comp_target(&mut self, t: &Expr) -> Result<(), SyntaxError> {
        match &t.kind {
            ExprKind::Name(n) => {
                forbidden(n, false, t.span)?;
                // A walrus earlier in this comprehension already bound the name in
                // the enclosing scope (CPython's symtable_add_def_helper).
                let key = self.mangled(n);
                let flags = &self.cur().flags;
                let walrus = |k: &str| {
                    flags
                        .get(k)
                        .is_some_and(|f| f & (DEF_GLOBAL | DEF_NONLOCAL) != 0)
                };
                if walrus(&key) || walrus(n) {
                    return Err(SyntaxError::syntax(
                        format!("comprehension inner loop cannot rebind assignment expression target '{n}'"),
                        t.span,
                    ));
                }
                self.add(n, DEF_LOCAL | DEF_COMP_ITER);
                Ok(())
            }
            ExprKind::Tuple(xs) | ExprKind::List(xs) => {
                xs.iter().try_for_each(|x| self.comp_target(x))
            }
            ExprKind::Starred(x) => self.comp_target(x),
            _ => self.target(t, TargetCtx::Other),
        }
    }
}
