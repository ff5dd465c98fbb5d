//! The import system: `import`, `from ... import`, relative imports, packages,
//! `sys.modules` and `sys.path` (CPython's `PyImport_ImportModuleLevelObject` and
//! `import_from` in Python/import.c and Python/ceval.c, over importlib._bootstrap's
//! `_gcd_import`, `_find_and_load`, `_handle_fromlist`, `_resolve_name`, and the path
//! finder of importlib._bootstrap_external: `PathFinder`, `FileFinder`,
//! `SourceFileLoader`).
//!
//! Where a module is looked for, in order (CPython's `sys.meta_path`):
//! 1. the modules CPython builds into its executable (`sys.builtin_module_names`):
//!    `sys`, `builtins`, `gc`, `time`, `atexit`, `itertools`, `marshal`, and mempy's `mempy`
//!    (`BuiltinImporter`);
//! 2. each entry of `sys.path` (`''` is the current directory): `NAME/__init__.py` (a
//!    package), then `NAME.py`; a directory `NAME/` without `__init__.py` becomes a
//!    namespace package if no later entry has the module (`FileFinder`);
//! 3. the rest of mempy's library (`runtime/modules`, native or written in Python),
//!    where CPython would reach its standard library directory on `sys.path`. A
//!    library submodule `a.b` is made from the library module `_a_b`.
//!
//! A module found on the path is an ordinary module object: its namespace gets
//! `__name__`, `__doc__`, `__package__`, `__loader__`, `__spec__` (None: mempy has no
//! spec objects), `__path__` (packages), `__file__`, `__cached__` and `__builtins__`;
//! it is put in `sys.modules` before its body runs (so circular imports see the
//! partially initialised module) and removed again if the body raises. Its source is
//! registered for tracebacks under its absolute path. Nothing is cached on disk.

use super::{PyErr, PyResult, Vm};
use crate::runtime::builtins::{new_module, set_in};
use crate::runtime::object::Obj;
use crate::source::SourceFile;
use crate::value::{ObjRef, Value};

/// The import system's own state (CPython keeps it in `__spec__._initializing`).
#[derive(Default)]
pub struct ImportState {
    /// Full names of the path modules whose body is running, innermost last.
    initializing: Vec<String>,
    /// Set while `sys` runs its own Python part: its imports (`collections`,
    /// `types`) come from the library only. CPython's start-up modules come from
    /// its standard library before the script's directory is on `sys.path`, so a
    /// `types.py` next to the script does not replace them.
    pub(in crate::runtime) library_only: bool,
}

/// The standard-library modules in `sys.modules` when the main module starts under
/// the reference `python3` (CPython 3.11.7 with its `site` start-up, which here also
/// runs site-packages `.pth` hooks that import `tempfile`, `typing`, `re`, ...). A
/// program importing one of them allocates nothing in CPython, so mempy loads them
/// as start-up objects (`Vm::as_startup_allocation`): the collector's counts, and so
/// the moment of the next automatic collection, stay CPython's.
const CPYTHON_STARTUP_MODULES: &[&str] = &[
    "_abc",
    "_bisect",
    "_bz2",
    "_codecs",
    "_collections",
    "_collections_abc",
    "_compression",
    "_functools",
    "_imp",
    "_io",
    "_lzma",
    "_operator",
    "_random",
    "_sha512",
    "_signal",
    "_sitebuiltins",
    "_sre",
    "_stat",
    "_struct",
    "_thread",
    "_typing",
    "_warnings",
    "_weakref",
    "_weakrefset",
    "abc",
    "atexit",
    "binascii",
    "bisect",
    "builtins",
    "bz2",
    "codecs",
    "collections",
    "collections.abc",
    "contextlib",
    "copyreg",
    "encodings",
    "encodings.aliases",
    "encodings.utf_8",
    "enum",
    "errno",
    "fnmatch",
    "functools",
    "genericpath",
    "importlib",
    "importlib._abc",
    "importlib._bootstrap",
    "importlib._bootstrap_external",
    "importlib.readers",
    "importlib.resources",
    "importlib.resources._adapters",
    "importlib.resources._common",
    "importlib.resources._itertools",
    "importlib.resources._legacy",
    "importlib.resources.abc",
    "importlib.resources.readers",
    "importlib.util",
    "io",
    "ipaddress",
    "itertools",
    "keyword",
    "lzma",
    "marshal",
    "math",
    "ntpath",
    "operator",
    "os",
    "os.path",
    "pathlib",
    "posix",
    "posixpath",
    "random",
    "re",
    "re._casefix",
    "re._compiler",
    "re._constants",
    "re._parser",
    "reprlib",
    "shutil",
    "site",
    "stat",
    "struct",
    "sys",
    "tempfile",
    "threading",
    "time",
    "types",
    "typing",
    "typing.io",
    "typing.re",
    "urllib",
    "urllib.parse",
    "warnings",
    "weakref",
    "zipfile",
    "zipimport",
    "zlib",
];

/// Modules CPython 3.11 has built in (found before `sys.path`); the rest of mempy's
/// library is found after it.
const BUILTIN_FIRST: &[&str] = &[
    "sys",
    "builtins",
    "gc",
    "time",
    "atexit",
    "itertools",
    "marshal",
    "mempy",
];

/// Where a module was found.
enum Found {
    /// A module of mempy's library, made by `runtime::modules::make_module(name)`.
    Library(String),
    /// A source file; `package` is its directory when it is a package's `__init__.py`.
    Source {
        file: String,
        package: Option<String>,
    },
    /// Directories without `__init__.py` (a PEP 420 namespace package).
    Namespace(Vec<String>),
}

/// `os.path.join(dir, name)` as CPython's `_path_join`.
fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() || dir.ends_with('/') {
        format!("{dir}{name}")
    } else {
        format!("{dir}/{name}")
    }
}

/// The current directory as text ('' if unknown).
fn cwd() -> String {
    std::env::current_dir()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A path entry made absolute against the current directory (CPython's FileFinder
/// does this; `''` and `'.'` mean the current directory).
fn absolute_entry(entry: &str) -> String {
    if entry.is_empty() || entry == "." {
        cwd()
    } else if entry.starts_with('/') {
        entry.to_string()
    } else {
        join(&cwd(), entry)
    }
}

/// The initial `sys.path`: the script's directory (symlinks resolved) or `''` for
/// `-c`, `-` and the REPL, then the entries of `PYTHONPATH` made absolute (unless
/// `-E`/`-I` said to ignore the environment).
pub fn initial_sys_path(argv0: Option<&str>, ignore_env: bool) -> Vec<String> {
    let first = match argv0 {
        None | Some("") | Some("-c") | Some("-") => String::new(),
        // `-m`: the current directory, as a full path (CPython 3.11).
        Some("-m") => cwd(),
        Some(script) => {
            let p = std::path::Path::new(script);
            let real = std::fs::canonicalize(p).ok();
            match real {
                Some(r) if r.is_dir() => r.to_string_lossy().into_owned(),
                Some(r) => r
                    .parent()
                    .map(|d| d.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                None => String::new(),
            }
        }
    };
    let mut out = vec![first];
    if let Some(pp) = std::env::var("PYTHONPATH").ok().filter(|_| !ignore_env) {
        for e in pp.split(':') {
            out.push(absolute_entry(e));
        }
    }
    out
}

impl Vm {
    /// `import name` from native code: the top package of a dotted name (owned).
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        self.import_name(name, None, false)
    }

    /// The `IMPORT_NAME` instruction (CPython's `PyImport_ImportModuleLevelObject`):
    /// `name` with `k` leading dots is relative to the package of `globals`' module at
    /// level `k`. Returns the named module when `from_list` (a `from` import), else the
    /// top-level package of the dotted name.
    pub fn import_name(
        &mut self,
        name: &str,
        globals: Option<ObjRef>,
        from_list: bool,
    ) -> PyResult<Value> {
        let rest = name.trim_start_matches('.');
        let level = name.len() - rest.len();
        let full = if level > 0 {
            self.resolve_relative(rest, level, globals)?
        } else {
            rest.to_string()
        };
        if full.is_empty() {
            return Err(self.value_error("Empty module name"));
        }
        let m = self.import_absolute(&full)?;
        if from_list || level > 0 || !full.contains('.') {
            return Ok(m);
        }
        self.decref(m);
        let top = full.split('.').next().unwrap_or("");
        match self.sys_modules_get(top)? {
            Some(v) => Ok(v),
            None => self.import_absolute(top),
        }
    }

    /// The `IMPORT_NAME` instruction as a statement runs it: through `builtins.__import__`
    /// when a program replaced it (CPython's `import_name` calls the replacement with
    /// `name`, the globals, the locals or None, the `from` names or None, and the
    /// level), else straight into the import system.
    pub fn import_statement(
        &mut self,
        name: &str,
        globals: ObjRef,
        locals: Option<ObjRef>,
        from_names: Option<Vec<Value>>,
    ) -> PyResult<Value> {
        let k = self.intern("__import__");
        let hook = match self.dict_get_str(self.builtins, k) {
            Some(Value::Obj(r))
                if matches!(self.heap.get(r), Obj::Builtin(b)
                    if b.name == "__import__" && b.self_.is_undef()) =>
            {
                None
            }
            Some(v) => Some(v),
            None => None,
        };
        let Some(hook) = hook else {
            return self.import_name(name, Some(globals), from_names.is_some());
        };
        self.incref(hook);
        let rest = name.trim_start_matches('.');
        let level = name.len() - rest.len();
        let n = self.new_str(rest);
        let fromlist = match from_names {
            Some(names) => {
                for &v in &names {
                    self.incref(v);
                }
                self.new_tuple(names)
            }
            None => Value::None,
        };
        let lv = self.int(level as i64);
        let loc = locals.map_or(Value::None, Value::Obj);
        let r = self.call_value(hook, &[n, Value::Obj(globals), loc, fromlist, lv], &[]);
        for v in [hook, n, fromlist, lv] {
            self.decref(v);
        }
        r
    }

    /// The `__import__(name, globals, locals, fromlist, level)` builtin (CPython's
    /// `PyImport_ImportModuleLevelObject`): `level` leading parents of `globals`'
    /// package; with a non-empty `fromlist` the named module itself, with each name
    /// in the list that is not yet an attribute of a package tried as a submodule;
    /// otherwise the top-level package (for a relative import, the package the
    /// first component of `name` lives in).
    pub fn import_level(
        &mut self,
        name: &str,
        globals: Option<ObjRef>,
        fromlist: &[String],
        level: usize,
    ) -> PyResult<Value> {
        let full = if level > 0 {
            let Some(g) = globals else {
                return Err(self.type_error("globals must be a dict"));
            };
            let (pk, nk) = (self.intern("__package__"), self.intern("__name__"));
            if self.dict_get_str(g, pk).is_none() && self.dict_get_str(g, nk).is_none() {
                let k = self.new_str("'__name__' not in globals");
                let e = self.key_error(k);
                self.decref(k);
                return Err(e);
            }
            self.resolve_relative(name, level, globals)?
        } else {
            name.to_string()
        };
        if full.is_empty() {
            return Err(self.value_error("Empty module name"));
        }
        let m = self.import_absolute(&full)?;
        if !fromlist.is_empty() {
            if self.module_path_list(m).is_some() {
                for x in fromlist.iter().filter(|x| x.as_str() != "*") {
                    let k = self.intern(x);
                    let has = self.module_dict(m).and_then(|d| self.dict_get_str(d, k));
                    if has.is_some() {
                        continue;
                    }
                    match self.import_absolute(&format!("{full}.{x}")) {
                        Ok(sub) => self.decref(sub),
                        Err(e) if self.exc_matches(e.0, "ModuleNotFoundError") => self.decref(e.0),
                        Err(e) => {
                            self.decref(m);
                            return Err(e);
                        }
                    }
                }
            }
            return Ok(m);
        }
        let first_len = name.split('.').next().unwrap_or("").len();
        let top = if level == 0 {
            name[..first_len].to_string()
        } else if name.is_empty() {
            return Ok(m);
        } else {
            let cut = name.len() - first_len;
            full[..full.len() - cut].to_string()
        };
        if top == full {
            return Ok(m);
        }
        self.decref(m);
        match self.sys_modules_get(&top)? {
            Some(v) => Ok(v),
            None => self.import_absolute(&top),
        }
    }

    /// `importlib.import_module(name, package)`: the module itself (owned).
    pub fn import_module_relative(&mut self, name: &str, package: Option<&str>) -> PyResult<Value> {
        let rest = name.trim_start_matches('.');
        let level = name.len() - rest.len();
        if level == 0 {
            return self.import_absolute(name);
        }
        let Some(package) = package.filter(|p| !p.is_empty()) else {
            return Err(self.type_error(format!(
                "the 'package' argument is required to perform a relative import for '{name}'"
            )));
        };
        let full = self.resolve_name(rest, package, level)?;
        self.import_absolute(&full)
    }

    /// The package a relative import in `globals`' module is relative to (CPython's
    /// `_calc___package__`), then the absolute name (`_resolve_name`).
    fn resolve_relative(
        &mut self,
        rest: &str,
        level: usize,
        globals: Option<ObjRef>,
    ) -> PyResult<String> {
        let mut package = String::new();
        if let Some(g) = globals {
            let k = self.intern("__package__");
            match self.dict_get_str(g, k) {
                Some(v) if self.as_str(v).is_some() => {
                    package = self.as_str(v).unwrap_or("").to_string();
                }
                Some(v) if !matches!(v, Value::None) => {
                    return Err(self.type_error("package must be a string"));
                }
                _ => {
                    // Without `__package__`, the spec's parent; without either,
                    // CPython's `resolve_name` warns and falls back on `__name__`.
                    let k = self.intern("__spec__");
                    if let Some(spec) = self
                        .dict_get_str(g, k)
                        .filter(|v| !matches!(v, Value::None))
                    {
                        self.incref(spec);
                        let parent = self.get_attr(spec, "parent");
                        self.decref(spec);
                        let parent = parent?;
                        let text = self.as_str(parent).map(str::to_string);
                        self.decref(parent);
                        let Some(text) = text else {
                            return Err(self.type_error("__spec__.parent must be a string"));
                        };
                        if text.is_empty() {
                            return Err(self.import_error(
                                "attempted relative import with no known parent package",
                                None,
                                None,
                            ));
                        }
                        return self.resolve_name(rest, &text, level);
                    }
                    self.warn(
                        "ImportWarning",
                        "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__",
                    )?;
                    let k = self.intern("__name__");
                    let name = self.dict_get_str(g, k);
                    let name = name.and_then(|v| self.as_str(v)).unwrap_or("").to_string();
                    let k = self.intern("__path__");
                    package = if self.dict_get_str(g, k).is_some() {
                        name
                    } else {
                        name.rsplit_once('.')
                            .map(|(p, _)| p.to_string())
                            .unwrap_or_default()
                    };
                }
            }
        }
        if package.is_empty() {
            return Err(self.import_error(
                "attempted relative import with no known parent package",
                None,
                None,
            ));
        }
        self.resolve_name(rest, &package, level)
    }

    /// `_resolve_name`: `name` relative to `package` at `level`.
    fn resolve_name(&mut self, name: &str, package: &str, level: usize) -> PyResult<String> {
        let bits: Vec<&str> = package.rsplitn(level, '.').collect();
        if bits.len() < level {
            return Err(self.import_error(
                "attempted relative import beyond top-level package",
                None,
                None,
            ));
        }
        let base = bits[bits.len() - 1];
        Ok(if name.is_empty() {
            base.to_string()
        } else {
            format!("{base}.{name}")
        })
    }

    /// An ImportError with its `name` and `path` attributes.
    fn import_error(&mut self, msg: &str, name: Option<&str>, path: Option<&str>) -> PyErr {
        self.import_error_of("ImportError", msg, name, path)
    }

    fn import_error_of(
        &mut self,
        cls: &str,
        msg: &str,
        name: Option<&str>,
        path: Option<&str>,
    ) -> PyErr {
        let e = self.err(cls, msg);
        // CPython's `ImportError_init` keeps the one argument as `msg`.
        let m = self.exc_args(e.0);
        let m = self.seq_items(m).and_then(|v| v.first().copied());
        for (ix, v) in [(1, name), (2, path)] {
            if let Some(s) = v {
                let v = self.new_str(s);
                let old = self.set_exc_field(e.0, ix, v);
                self.decref(old);
            }
        }
        if let Some(m) = m {
            self.incref(m);
            let old = self.set_exc_field(e.0, 0, m);
            self.decref(old);
        }
        e
    }

    /// `ModuleNotFoundError: No module named 'x'` (with `.name`).
    fn not_found(&mut self, full: &str, suffix: &str) -> PyErr {
        let msg = format!("No module named '{full}'{suffix}");
        self.import_error_of("ModuleNotFoundError", &msg, Some(full), None)
    }

    /// `sys.modules[name]` (owned) if that module has been imported; None otherwise
    /// (also when the lookup fails).
    pub fn loaded_module(&mut self, name: &str) -> Option<Value> {
        match self.sys_modules_get(name) {
            Ok(m) => m,
            Err(e) => {
                self.decref(e.0);
                None
            }
        }
    }

    /// `sys.modules[name]` (owned), if present.
    fn sys_modules_get(&mut self, name: &str) -> PyResult<Option<Value>> {
        let key = self.new_str(name);
        let r = self.dict_get_item(Value::Obj(self.modules), key);
        self.decref(key);
        r
    }

    fn sys_modules_set(&mut self, name: &str, m: Value) -> PyResult<()> {
        let key = self.new_str(name);
        let r = self.dict_set_item(Value::Obj(self.modules), key, m);
        self.decref(key);
        r
    }

    fn sys_modules_del(&mut self, name: &str) {
        let key = self.new_str(name);
        if let Err(e) = self.dict_del_item(Value::Obj(self.modules), key) {
            self.decref(e.0);
        }
        self.decref(key);
    }

    /// `_gcd_import`: the module `full` (absolute, dotted) from `sys.modules` or
    /// loaded now (owned).
    pub fn import_absolute(&mut self, full: &str) -> PyResult<Value> {
        if let Some(m) = self.sys_modules_get(full)? {
            if matches!(m, Value::None) {
                return Err(self.import_error_of(
                    "ModuleNotFoundError",
                    &format!("import of {full} halted; None in sys.modules"),
                    Some(full),
                    None,
                ));
            }
            return Ok(m);
        }
        self.find_and_load(full)
    }

    /// `_find_and_load`: imports the parent package first, finds `full` on the
    /// parent's `__path__` (or `sys.path`), loads it and binds it in the parent.
    fn find_and_load(&mut self, full: &str) -> PyResult<Value> {
        let (parent, child) = match full.rsplit_once('.') {
            Some((p, c)) => (Some(p), c),
            None => (None, full),
        };
        let mut parent_module = None;
        let found = if let Some(parent) = parent {
            let pm = self.import_absolute(parent)?;
            // Importing the parent may have imported this module too.
            if let Some(m) = self.sys_modules_get(full)? {
                self.decref(pm);
                return Ok(m);
            }
            parent_module = Some(pm);
            match self.module_path_list(pm) {
                Some(dirs) => self.find_in_dirs(child, &dirs),
                None if self.module_file(pm).is_none() => {
                    // A library module's submodule (`collections.abc`).
                    Some(Found::Library(format!("_{}", full.replace('.', "_"))))
                }
                None => {
                    self.decref(pm);
                    return Err(self.not_found(full, &format!("; '{parent}' is not a package")));
                }
            }
        } else if BUILTIN_FIRST.contains(&full) {
            Some(Found::Library(full.to_string()))
        } else {
            let dirs = self.sys_path()?;
            Some(
                self.find_in_dirs(full, &dirs)
                    .unwrap_or_else(|| Found::Library(full.to_string())),
            )
        };
        let r = match found {
            Some(f) => self.load(full, f),
            None => Err(self.not_found(full, "")),
        };
        let m = match r {
            Ok(m) => m,
            Err(e) => {
                if let Some(pm) = parent_module {
                    self.decref(pm);
                }
                return Err(e);
            }
        };
        if let Some(pm) = parent_module {
            let k = self.new_str(child);
            let r = self.set_attr(pm, k, Some(m));
            self.decref(k);
            self.decref(pm);
            if let Err(e) = r {
                self.decref(m);
                return Err(e);
            }
        }
        Ok(m)
    }

    /// The str entries of `sys.path` (a list the program may change).
    fn sys_path(&mut self) -> PyResult<Vec<String>> {
        if self.import.library_only {
            return Ok(Vec::new());
        }
        // Before `sys` is imported: the path it will get.
        let Some(sys) = self.sys_modules_get("sys")? else {
            let argv0 = self.argv.first().cloned();
            return Ok(initial_sys_path(argv0.as_deref(), self.ignore_environment));
        };
        let path = self.get_attr(sys, "path");
        self.decref(sys);
        let path = match path {
            Ok(p) => p,
            Err(e) => {
                self.decref(e.0);
                return Ok(Vec::new());
            }
        };
        let items = self.seq_items(path).unwrap_or_default();
        let out = items
            .iter()
            .filter_map(|&v| self.as_str(v).map(str::to_string))
            .collect();
        self.decref(path);
        Ok(out)
    }

    /// A package's `__path__` entries; None for a module that is not a package.
    fn module_path_list(&mut self, m: Value) -> Option<Vec<String>> {
        let d = self.module_dict(m)?;
        let k = self.intern("__path__");
        let p = self.dict_get_str(d, k)?;
        let items = self.seq_items(p).unwrap_or_default();
        Some(
            items
                .iter()
                .filter_map(|&v| self.as_str(v).map(str::to_string))
                .collect(),
        )
    }

    fn module_dict(&self, m: Value) -> Option<ObjRef> {
        match m {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Module(md) => Some(md.dict),
                _ => None,
            },
            _ => None,
        }
    }

    /// A module's `__file__`, if it is a str.
    pub fn module_file(&mut self, m: Value) -> Option<String> {
        let d = self.module_dict(m)?;
        let k = self.intern("__file__");
        let f = self.dict_get_str(d, k)?;
        self.as_str(f).map(str::to_string)
    }

    /// `FileFinder.find_spec` over `dirs`: a package, a module file, or a namespace
    /// package made of the directories without `__init__.py`.
    fn find_in_dirs(&mut self, name: &str, dirs: &[String]) -> Option<Found> {
        let mut namespace = Vec::new();
        for entry in dirs {
            let dir = absolute_entry(entry);
            let pkg = join(&dir, name);
            let init = join(&pkg, "__init__.py");
            let pkg_is_dir = std::path::Path::new(&pkg).is_dir();
            if pkg_is_dir && std::path::Path::new(&init).is_file() {
                return Some(Found::Source {
                    file: init,
                    package: Some(pkg),
                });
            }
            let file = join(&dir, &format!("{name}.py"));
            if std::path::Path::new(&file).is_file() {
                return Some(Found::Source {
                    file,
                    package: None,
                });
            }
            if pkg_is_dir {
                namespace.push(pkg);
            }
        }
        (!namespace.is_empty()).then_some(Found::Namespace(namespace))
    }

    /// Creates and runs the module `full` from what was found (owned result: the
    /// module `sys.modules` holds afterwards, which the body may have replaced).
    fn load(&mut self, full: &str, found: Found) -> PyResult<Value> {
        match found {
            Found::Library(lib) => match if CPYTHON_STARTUP_MODULES.contains(&full) {
                self.as_startup_allocation(|vm| crate::runtime::modules::make_module(vm, &lib))
            } else {
                crate::runtime::modules::make_module(self, &lib)
            } {
                Some(Ok(m)) => {
                    if let Err(e) = self.sys_modules_set(full, m) {
                        self.decref(m);
                        return Err(e);
                    }
                    Ok(m)
                }
                Some(Err(e)) => Err(e),
                None => Err(self.not_found(full, "")),
            },
            Found::Namespace(dirs) => {
                let (m, d) = new_module(self, full);
                self.init_module_dict(d, full, true, None);
                let paths: Vec<Value> = dirs.into_iter().map(|p| self.new_str(p)).collect();
                let l = self.new_list(paths);
                set_in(self, d, "__path__", l);
                set_in(self, d, "__file__", Value::None);
                if let Err(e) = self.sys_modules_set(full, m) {
                    self.decref(m);
                    return Err(e);
                }
                Ok(m)
            }
            Found::Source { file, package } => self.load_source(full, &file, package, None),
        }
    }

    /// The dunder names of a new module's namespace, in CPython's order.
    fn init_module_dict(
        &mut self,
        d: ObjRef,
        full: &str,
        is_pkg: bool,
        file: Option<(&str, Option<&str>)>,
    ) {
        set_in(self, d, "__doc__", Value::None);
        let pkg = if is_pkg {
            full
        } else {
            full.rsplit_once('.').map(|(p, _)| p).unwrap_or("")
        };
        let pkg = self.new_str(pkg);
        set_in(self, d, "__package__", pkg);
        set_in(self, d, "__loader__", Value::None);
        set_in(self, d, "__spec__", Value::None);
        if let Some((file, pkg_dir)) = file {
            if let Some(dir) = pkg_dir {
                let p = self.new_str(dir);
                let l = self.new_list(vec![p]);
                set_in(self, d, "__path__", l);
            }
            let f = self.new_str(file);
            set_in(self, d, "__file__", f);
            let (dir, base) = file.rsplit_once('/').unwrap_or(("", file));
            let stem = base.strip_suffix(".py").unwrap_or(base);
            let cached = self.new_str(join(
                &join(dir, "__pycache__"),
                &format!("{stem}.cpython-311.pyc"),
            ));
            set_in(self, d, "__cached__", cached);
            let b = Value::Obj(self.builtins);
            self.incref(b);
            set_in(self, d, "__builtins__", b);
        }
    }

    /// `SourceFileLoader.exec_module`: reads, compiles and runs `file` as module
    /// `full` in a new module, or in `reuse` (an existing module, for `reload`).
    fn load_source(
        &mut self,
        full: &str,
        file: &str,
        package: Option<String>,
        reuse: Option<Value>,
    ) -> PyResult<Value> {
        let text = match std::fs::read(file) {
            // PEP 263: a BOM or a coding declaration, UTF-8 otherwise; importlib
            // compiles the bytes, so its errors are compile()'s.
            Ok(b) => match crate::text::source_decode::decode_source_bytes(&b) {
                Ok(t) => t,
                Err(e) => return Err(self.plain_syntax_error(e.string_message())),
            },
            Err(e) => {
                return Err(self.import_error(&format!("{file}: {e}"), Some(full), Some(file)))
            }
        };
        let src = SourceFile::new(file, &text);
        crate::compiler::nesting::set_budget(self.recursion_depth(), self.recursion_limit);
        let code = match crate::compiler::compile_source(&src, false) {
            Ok(c) => c,
            Err(e) => return Err(self.syntax_error_from(&e, &src)),
        };
        self.sources.insert(file.to_string(), src);
        let (m, d) = match reuse {
            Some(m) => {
                self.incref(m);
                let d = self.module_dict(m).unwrap_or(self.builtins);
                (m, d)
            }
            None => {
                let (m, d) = new_module(self, full);
                self.init_module_dict(d, full, package.is_some(), Some((file, package.as_deref())));
                if let Err(e) = self.sys_modules_set(full, m) {
                    self.decref(m);
                    return Err(e);
                }
                (m, d)
            }
        };
        self.import.initializing.push(full.to_string());
        let r = self.eval_code(code, d, d);
        if let Some(i) = self.import.initializing.iter().rposition(|n| n == full) {
            self.import.initializing.remove(i);
        }
        match r {
            Ok(v) => self.decref(v),
            Err(e) => {
                if reuse.is_none() {
                    self.sys_modules_del(full);
                }
                self.decref(m);
                return Err(e);
            }
        }
        let now = self.sys_modules_get(full);
        self.decref(m);
        match now? {
            Some(v) => Ok(v),
            None => Err(self.err("KeyError", format!("'{full}'"))),
        }
    }

    /// True while the body of module `m` (a path module) is running.
    pub fn module_initializing(&self, m: Value) -> bool {
        let Value::Obj(r) = m else { return false };
        let Obj::Module(md) = self.heap.get(r) else {
            return false;
        };
        self.import.initializing.contains(&md.name)
    }

    /// The `IMPORT_FROM` instruction (CPython's `import_from`, with
    /// `_handle_fromlist`'s import of submodules): `module.name`, else the submodule
    /// `module.name` of a package, else ImportError (owned result).
    pub fn import_from(&mut self, m: Value, name: Value) -> PyResult<Value> {
        match self.get_attr(m, name) {
            Ok(v) => return Ok(v),
            Err(e) => {
                if !self.exc_matches(e.0, "AttributeError") {
                    return Err(e);
                }
                self.decref(e.0);
            }
        }
        let n = self.as_str(name).unwrap_or("").to_string();
        let pkg_name = self.module_dict(m).and_then(|d| {
            let k = self.intern("__name__");
            self.dict_get_str(d, k)
                .and_then(|v| self.as_str(v))
                .map(str::to_string)
        });
        let Some(pkg_name) = pkg_name else {
            return Err(self.import_error(
                &format!("cannot import name '{n}' (unknown location)"),
                None,
                None,
            ));
        };
        let sub = format!("{pkg_name}.{n}");
        if let Some(v) = self.sys_modules_get(&sub)? {
            return Ok(v);
        }
        // A package's submodule; a library module (no `__file__`) may have one too
        // (`from unittest import mock`), made from the library module `_unittest_mock`.
        if self.module_path_list(m).is_some() || self.module_file(m).is_none() {
            match self.import_absolute(&sub) {
                Ok(v) => return Ok(v),
                Err(e) => {
                    let missing = self.exc_matches(e.0, "ModuleNotFoundError") && {
                        let k = self.intern("name");
                        let en = self.get_attr(e.0, k).ok();
                        let same = en.is_some_and(|v| self.as_str(v) == Some(sub.as_str()));
                        if let Some(v) = en {
                            self.decref(v);
                        }
                        same
                    };
                    if !missing {
                        return Err(e);
                    }
                    self.decref(e.0);
                }
            }
        }
        let path = self.module_file(m);
        let loc = path
            .clone()
            .unwrap_or_else(|| "unknown location".to_string());
        let msg = if self.module_initializing(m) {
            format!(
                "cannot import name '{n}' from partially initialized module '{pkg_name}' (most likely due to a circular import) ({loc})"
            )
        } else {
            format!("cannot import name '{n}' from '{pkg_name}' ({loc})")
        };
        Err(self.import_error(&msg, Some(&pkg_name), path.as_deref()))
    }

    /// The message of `module.name`'s AttributeError (CPython's `module_getattro`).
    pub fn module_attr_error_message(&self, m: Value, module: &str, name: &str) -> String {
        if self.module_initializing(m) {
            format!(
                "partially initialized module '{module}' has no attribute '{name}' (most likely due to a circular import)"
            )
        } else {
            format!("module '{module}' has no attribute '{name}'")
        }
    }

    /// `importlib.reload(m)`: runs the module's source again in its namespace.
    pub fn reload_module(&mut self, m: Value) -> PyResult<Value> {
        let Some(d) = self.module_dict(m) else {
            return Err(self.type_error("reload() argument must be a module"));
        };
        let k = self.intern("__name__");
        let name = self
            .dict_get_str(d, k)
            .and_then(|v| self.as_str(v))
            .map(str::to_string)
            .unwrap_or_default();
        let cur = self.sys_modules_get(&name)?;
        let same = cur.is_some_and(|c| c.is(m));
        if let Some(c) = cur {
            self.decref(c);
        }
        if !same {
            return Err(self.import_error_of(
                "ImportError",
                &format!("module {name} not in sys.modules"),
                Some(&name),
                None,
            ));
        }
        let Some(old_file) = self.module_file(m) else {
            // A library module: nothing to run again.
            self.incref(m);
            return Ok(m);
        };
        // Find it again (it may have moved on the path since).
        let found = match name.rsplit_once('.') {
            Some((parent, child)) => {
                let pm = self.sys_modules_get(parent)?;
                let Some(pm) = pm else {
                    return Err(self.import_error_of(
                        "ImportError",
                        &format!("parent '{parent}' not in sys.modules"),
                        Some(parent),
                        None,
                    ));
                };
                let dirs = self.module_path_list(pm).unwrap_or_default();
                self.decref(pm);
                self.find_in_dirs(child, &dirs)
            }
            None => {
                let dirs = self.sys_path()?;
                self.find_in_dirs(&name, &dirs)
            }
        };
        let (file, package) = match found {
            Some(Found::Source { file, package }) => (file, package),
            _ => (old_file, None),
        };
        self.load_source(&name, &file, package, Some(m))
    }
}

impl Vm {
    /// `repr(module)` (CPython 3.11's `importlib._bootstrap._module_repr`): the
    /// loader's `module_repr(module)` when it has one and it does not raise;
    /// otherwise `<module 'x' from '/path/x.py'>` for a module with a `__file__`,
    /// `<module 'x' (loader repr)>` for one with a loader, `<module 'x'>` for one
    /// whose loader is None (made by `types.ModuleType`); `?` stands for a missing
    /// `__name__`. Beyond CPython's rules: `(namespace)` for a namespace package and
    /// `(built-in)` for mempy's library modules, which have no `__loader__`.
    pub fn module_repr(&mut self, m: Value) -> PyResult<String> {
        let Some(d) = self.module_dict(m) else {
            return Ok("<module '?'>".into());
        };
        let k = self.intern("__loader__");
        let loader = self.dict_get_str(d, k);
        if let Some(l) = loader.filter(|l| !matches!(l, Value::None)) {
            // The call may rebind or delete `__loader__`: hold the loader meanwhile.
            self.incref(l);
            let by_loader = self.module_repr_by_loader(l, m);
            if let Ok(None) = by_loader {
                let name = self.module_repr_name(d)?;
                let shown = match self.module_repr_file(d)? {
                    Some(f) => format!("<module {name} from {f}>"),
                    None => format!("<module {name} ({})>", self.repr(l)?),
                };
                self.decref(l);
                return Ok(shown);
            }
            self.decref(l);
            if let Some(s) = by_loader? {
                return Ok(s);
            }
        }
        let name = self.module_repr_name(d)?;
        if let Some(f) = self.module_repr_file(d)? {
            return Ok(format!("<module {name} from {f}>"));
        }
        let k = self.intern("__path__");
        if self.dict_get_str(d, k).is_some() {
            return Ok(format!("<module {name} (namespace)>"));
        }
        let k = self.intern("__name__");
        if loader.is_none() && self.dict_get_str(d, k).is_some() {
            return Ok(format!("<module {name} (built-in)>"));
        }
        Ok(format!("<module {name}>"))
    }

    /// `loader.module_repr(module)` if the loader has that method: its text, None
    /// when there is no such method or it raised an `Exception` (swallowed, as
    /// CPython does).
    fn module_repr_by_loader(&mut self, loader: Value, m: Value) -> PyResult<Option<String>> {
        let k = self.intern("module_repr");
        let Some(f) = self.lookup_attr(loader, k)? else {
            return Ok(None);
        };
        let r = self.call_value(f, &[m], &[]);
        self.decref(f);
        let r = match r {
            Ok(r) => r,
            Err(e) if self.exc_matches(e.0, "Exception") => {
                self.decref(e.0);
                return Ok(None);
            }
            Err(e) => return Err(e),
        };
        let text = self.as_str(r).map(str::to_string);
        match text {
            Some(t) => {
                self.decref(r);
                Ok(Some(t))
            }
            None => {
                let tn = self.type_name(r);
                self.decref(r);
                Err(self.type_error(format!("__repr__ returned non-string (type {tn})")))
            }
        }
    }

    /// `repr(module.__name__)`, or `'?'` when the module has none.
    fn module_repr_name(&mut self, d: ObjRef) -> PyResult<String> {
        let k = self.intern("__name__");
        match self.dict_get_str(d, k) {
            Some(n) => {
                self.incref(n);
                let r = self.repr(n);
                self.decref(n);
                r
            }
            None => Ok("'?'".into()),
        }
    }

    /// `repr(module.__file__)`, if the module has one.
    fn module_repr_file(&mut self, d: ObjRef) -> PyResult<Option<String>> {
        let k = self.intern("__file__");
        match self.dict_get_str(d, k) {
            Some(f) => {
                self.incref(f);
                let r = self.repr(f);
                self.decref(f);
                r.map(Some)
            }
            None => Ok(None),
        }
    }
}
