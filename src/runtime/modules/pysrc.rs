//! Library modules written in Python: source embedded in the binary, compiled and run
//! in a fresh module namespace at first import (CPython's frozen/pure-Python stdlib
//! modules such as `collections` and the Python half of `weakref`).
//!
//! Their code objects carry the file name `<frozen NAME>`, and their source lines are
//! not registered, so tracebacks through them look like CPython's frozen modules.

use super::frozen_cache::Source;
use crate::bytecode::CodeObject;
use crate::runtime::object::Obj;
use crate::runtime::vm::{PyResult, Vm};
use crate::source::SourceFile;
use crate::value::{ObjRef, Value};
use std::rc::Rc;

/// `collections` (deque, defaultdict, Counter, OrderedDict, namedtuple).
pub const COLLECTIONS: &str = include_str!("py/collections.py");
/// `collections.UserDict`, `UserList`, `UserString` (loaded on first use).
pub const COLLECTIONS_USER: &str = include_str!("py/collections_user.py");
/// `atexit` (register, unregister; the runner calls the handlers at exit).
pub const ATEXIT: &str = include_str!("py/atexit.py");
/// `signal` (the `Signals`/`Handlers`/`Sigmasks` enums over the native `_signal`).
pub const SIGNAL: &str = include_str!("py/signal.py");
/// The Python half of `weakref` (finalize, WeakValueDictionary, WeakKeyDictionary).
pub const WEAKREF: &str = include_str!("py/weakref.py");
/// `functools` (reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key).
pub const FUNCTOOLS: &str = include_str!("py/functools.py");
/// `_functools` (functools' partial, reduce, cmp_to_key under the C module's name).
pub const FUNCTOOLS_C: &str = include_str!("py/_functools.py");
/// `operator` (the operator functions, itemgetter, attrgetter, methodcaller).
pub const OPERATOR: &str = include_str!("py/operator.py");
/// `copy` (copy, deepcopy, Error).
pub const COPY: &str = include_str!("py/copy.py");
/// `string` (character-class constants, capwords).
pub const STRING: &str = include_str!("py/string.py");
/// `contextlib` (contextmanager, suppress, closing, nullcontext).
pub const CONTEXTLIB: &str = include_str!("py/contextlib.py");
/// `abc` (ABCMeta with register and the isinstance hooks, ABC, abstractmethod).
pub const ABC: &str = include_str!("py/abc.py");
/// `typing` (annotation-only subset: special forms, TypeVar, Generic, cast, ...).
pub const TYPING: &str = include_str!("py/typing.py");
/// `dataclasses` (CPython 3.11's: exec'd methods, InitVar, KW_ONLY, slots=, field options).
pub const DATACLASSES: &str = include_str!("py/dataclasses.py");
/// `enum` (CPython 3.11's: Enum/IntEnum/StrEnum/Flag/IntFlag, boundaries, verify, property).
pub const ENUM: &str = include_str!("py/enum.py");
/// `bisect` (bisect_left/right, insort_left/right, with key=, lo, hi).
pub const BISECT: &str = include_str!("py/bisect.py");
/// `heapq` (the heap functions, merge, nlargest, nsmallest; `_heapq`'s when present).
pub const HEAPQ: &str = include_str!("py/heapq.py");
/// `__future__` (the feature records; the compiler acts on `annotations`).
pub const FUTURE: &str = include_str!("py/__future__.py");
/// `collections.abc` (the container ABCs with their mixin methods), made as the
/// top-level module `_collections_abc` when `import collections.abc` asks for it (the
/// compiler's convention for builtin submodules, see `Compiler::import_submodules`).
pub const COLLECTIONS_ABC: &str = include_str!("py/collections_abc.py");
/// `io` (StringIO, BytesIO, the io exception and base class names).
pub const IO: &str = include_str!("py/io.py");
/// `pprint` (pprint, pformat, pp, PrettyPrinter, saferepr, isreadable, isrecursive).
pub const PPRINT: &str = include_str!("py/pprint.py");
/// `pydoc` (the plain-text renderer behind help(): render_doc, TextDoc, Helper, doc).
pub const PYDOC: &str = include_str!("py/pydoc.py");
/// `textwrap` (TextWrapper, wrap, fill, shorten, dedent, indent).
pub const TEXTWRAP: &str = include_str!("py/textwrap.py");
/// `platform` (uname, system, machine, platform, libc_ver, python_version, ...).
pub const PLATFORM: &str = include_str!("py/platform.py");
/// `types` (SimpleNamespace, the names of the builtin types, new_class helpers).
pub const TYPES: &str = include_str!("py/types.py");
/// `json` (dumps, dump, loads, load, detect_encoding), the package's `__init__`.
pub const JSON: &str = include_str!("py/json/__init__.py");
/// `json.decoder` (JSONDecoder, JSONDecodeError, scanstring, py_scanstring, JSONObject).
pub const JSON_DECODER: &str = include_str!("py/json/decoder.py");
/// `json.encoder` (JSONEncoder, encode_basestring(_ascii), the iterencode generator).
pub const JSON_ENCODER: &str = include_str!("py/json/encoder.py");
/// `json.scanner` (make_scanner, py_make_scanner).
pub const JSON_SCANNER: &str = include_str!("py/json/scanner.py");
/// `json.tool` (the command-line pretty-printer `-m json.tool` runs).
pub const JSON_TOOL: &str = include_str!("py/json/tool.py");
/// `_json` (the accelerator interface: Scanner, Encoder, scanstring, the quoting
/// functions, with the C module's messages).
pub const JSON_ACCEL: &str = include_str!("py/_json.py");
/// `numbers` (the numeric ABCs; the builtin numbers are registered).
pub const NUMBERS: &str = include_str!("py/numbers.py");
/// `fractions` (Fraction).
pub const FRACTIONS: &str = include_str!("py/fractions.py");
/// `statistics` (mean, median, mode, variance, stdev, quantiles, ...; no NormalDist).
pub const STATISTICS: &str = include_str!("py/statistics.py");
/// `queue` (Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty, Full; single-threaded).
pub const QUEUE: &str = include_str!("py/queue.py");
/// `secrets` (tokens and random choices from the system's random source).
pub const SECRETS: &str = include_str!("py/secrets.py");
/// `getopt` (C-style command-line option parsing).
pub const GETOPT: &str = include_str!("py/getopt.py");
/// `_queue` (Empty and the SimpleQueue `queue` takes when it can, as from CPython's C
/// module).
pub const QUEUE_C: &str = include_str!("py/_queue.py");
/// `_simplequeue` (mempy-internal: the one SimpleQueue body `_queue.SimpleQueue` and
/// `queue._PySimpleQueue` are both made from).
pub const SIMPLEQUEUE: &str = include_str!("py/_simplequeue.py");
/// `timeit` (Timer, timeit, repeat, default_timer).
pub const TIMEIT: &str = include_str!("py/timeit.py");
/// `datetime` (date, time, datetime, timedelta, tzinfo, timezone; local time is UTC).
pub const DATETIME: &str = include_str!("py/datetime.py");
/// `_datetime` (the names of the C implementation CPython's `datetime` re-exports:
/// here `datetime`'s own types).
pub const DATETIME_C: &str = include_str!("py/_datetime.py");
/// `_strptime` (`_strptime_datetime` and `_strptime_time`, over `datetime`'s parser).
pub const STRPTIME: &str = include_str!("py/_strptime.py");

/// `traceback` (print/format exceptions and stacks; see its header for what is left out).
pub const TRACEBACK: &str = include_str!("py/traceback.py");
/// `difflib` (SequenceMatcher, Differ, ndiff, unified_diff, context_diff, get_close_matches).
pub const DIFFLIB: &str = include_str!("py/difflib.py");
/// `unittest` (TestCase and its asserts, suites, loader, text runner, main).
pub const UNITTEST: &str = include_str!("py/unittest.py");
/// `unittest.mock` (Mock, MagicMock, call, ANY, sentinel, patch, mock_open, ...), made
/// as the library module `_unittest_mock` when `import unittest.mock` asks for it.
pub const UNITTEST_MOCK: &str = include_str!("py/unittest_mock.py");
/// `unittest.case`, `unittest.util`, ...: views of the single `unittest` module under
/// the submodule names of CPython's package.
pub const UNITTEST_PARTS: &str = include_str!("py/unittest_parts.py");

/// `csv` (reader, writer, DictReader, DictWriter, dialects and quoting modes).
pub const CSV: &str = include_str!("py/csv.py");
/// `argparse` (ArgumentParser with CPython's help, usage and error text).
pub const ARGPARSE: &str = include_str!("py/argparse.py");

/// `shlex` (split, quote, join, the shlex lexer class).
pub const SHLEX: &str = include_str!("py/shlex.py");
/// `fnmatch` (fnmatch, fnmatchcase, filter, translate).
pub const FNMATCH: &str = include_str!("py/fnmatch.py");
/// `keyword` (kwlist, softkwlist, iskeyword, issoftkeyword).
pub const KEYWORD: &str = include_str!("py/keyword.py");

/// `os` (environ, walk, makedirs, scandir, stat_result over the natives of `_os`).
pub const OS: &str = include_str!("py/os.py");
/// `posixpath`, which `os.path` is (join, split, exists, abspath, relpath, ...).
pub const POSIXPATH: &str = include_str!("py/posixpath.py");
/// `genericpath` (posixpath's shared functions under CPython's module name).
pub const GENERICPATH: &str = include_str!("py/genericpath.py");

/// `re` (Pattern, Match, the module functions, templates, flags over `_sre`).
pub const RE: &str = include_str!("py/re.py");

/// `pathlib` (PurePath, PurePosixPath, Path, PosixPath over `os`).
pub const PATHLIB: &str = include_str!("py/pathlib.py");

/// `struct` (pack, unpack, calcsize, iter_unpack, Struct, error).
pub const STRUCT: &str = include_str!("py/struct.py");

/// `errno` (Linux's error numbers and `errorcode`).
pub const ERRNO: &str = include_str!("py/errno.py");

/// `inspect` (predicates, getmembers, getdoc, cleandoc, getmro, getmodule, unwrap).
pub const INSPECT: &str = include_str!("py/inspect.py");
/// The Python half of `tracemalloc` (take_snapshot, Snapshot, Statistic, ...).
pub const TRACEMALLOC: &str = include_str!("py/tracemalloc.py");

/// `glob` (glob, iglob, escape, has_magic over `fnmatch`).
pub const GLOB: &str = include_str!("py/glob.py");
/// `shutil` (copy, copyfile, copytree, rmtree, move, which, ...).
pub const SHUTIL: &str = include_str!("py/shutil.py");
/// `tempfile` (TemporaryDirectory, NamedTemporaryFile, mkdtemp, gettempdir, ...).
pub const TEMPFILE: &str = include_str!("py/tempfile.py");
/// `decimal` (Decimal, contexts, signals; see its header for what is left out).
pub const DECIMAL: &str = include_str!("py/decimal.py");

/// `warnings` (warn, warn_explicit, the filters and their actions, catch_warnings).
pub const WARNINGS: &str = include_str!("py/warnings.py");
/// `_warnings` (the accelerator's names: warn, warn_explicit, filters, from `warnings`).
pub const WARNINGS_C: &str = include_str!("py/_warnings.py");
/// `_weakref` (ref, proxy, the proxy types, getweakrefcount, from `weakref`).
pub const WEAKREF_C: &str = include_str!("py/_weakref.py");
/// `binascii` (hex, base64 and uuencode conversions, crc32, crc_hqx).
pub const BINASCII: &str = include_str!("py/binascii.py");
/// `__hello__` (the frozen greeting module: `initialized`, main()).
pub const HELLO: &str = include_str!("py/__hello__.py");
/// `linecache` (getline, getlines, the cache of source files' lines).
pub const LINECACHE: &str = include_str!("py/linecache.py");
/// `stat` (st_mode constants, S_IS* tests, filemode).
pub const STAT: &str = include_str!("py/stat.py");
/// `pwd` (the password database, read from /etc/passwd).
pub const PWD: &str = include_str!("py/pwd.py");
/// `grp` (the group database, read from /etc/group).
pub const GRP: &str = include_str!("py/grp.py");
/// `getpass` (getuser from the environment; getpass reads stdin after a warning).
pub const GETPASS: &str = include_str!("py/getpass.py");
/// `faulthandler` (dump_traceback; enable/disable record the setting).
pub const FAULTHANDLER: &str = include_str!("py/faulthandler.py");
/// `quopri` (quoted-printable files and bytes, the `-m quopri` command line).
pub const QUOPRI: &str = include_str!("py/quopri.py");
/// `uu` (uuencode and uudecode files; deprecated, warns on import).
pub const UU: &str = include_str!("py/uu.py");
/// `sysconfig` (the configuration variables and paths that describe mempy).
pub const SYSCONFIG: &str = include_str!("py/sysconfig.py");

/// `pickle` (protocols 0-5: Pickler, Unpickler, dump(s), load(s)).
pub const PICKLE: &str = include_str!("py/pickle.py");
/// `_pickle` (pickle's classes and functions under the accelerator module's name).
pub const PICKLE_C: &str = include_str!("py/_pickle.py");
/// `copyreg` (dispatch_table, the reconstructors pickles name, _slotnames).
pub const COPYREG: &str = include_str!("py/copyreg.py");
/// `_codecs` (the codec and error-handler registries, encode, decode, the native
/// codecs' function pairs; what str.encode/bytes.decode fall back on).
pub const CODECS: &str = include_str!("py/_codecs.py");
/// `codecs` (CodecInfo, the incremental and stream classes, open, BOM constants).
pub const CODECS_PY: &str = include_str!("py/codecs.py");
/// `encodings` (the search function and aliases of the native codecs).
pub const ENCODINGS: &str = include_str!("py/encodings.py");
/// `_codecs_more` (the codecs written in Python: charmap codecs, utf-7, idna,
/// punycode, the bytes-to-bytes codecs), loaded by `encodings` on demand.
pub const CODECS_MORE: &str = include_str!("py/codecs_more.py");
/// `_charmap_tables` (the single-byte codecs' decoding tables, made by tools/gen-charmaps).
pub const CHARMAP_TABLES: &str = include_str!("py/_charmap_tables.py");
/// `_string` (formatter_parser, formatter_field_name_split: what string.Formatter uses).
pub const STRING_HELPERS: &str = include_str!("py/_string.py");

/// `_imp` (the import lock, is_builtin, is_frozen, extension_suffixes).
pub const IMP: &str = include_str!("py/_imp.py");
/// `importlib.util` (cache_from_source, resolve_name, decode_source).
pub const IMPORTLIB_UTIL: &str = include_str!("py/_importlib_util.py");

/// `pdb` (the line-oriented debugger `breakpoint()` starts, on `sys.settrace`).
pub const PDB: &str = include_str!("py/pdb.py");
/// `doctest` (the parser, finder, runner and checker; DocTestSuite, DocFileSuite).
pub const DOCTEST: &str = include_str!("py/doctest.py");

/// `_thread` (locks, start_new_thread, get_ident, _local; one OS thread).
pub const THREAD: &str = include_str!("py/_thread.py");
/// `threading` (Thread, Lock, RLock, Condition, Semaphore, Event, Barrier, Timer, local).
pub const THREADING: &str = include_str!("py/threading.py");
/// `locale` (the C locale: setlocale, getlocale, localeconv, format_string, atof).
pub const LOCALE: &str = include_str!("py/locale.py");
/// `subprocess` (run, Popen, call, check_call, check_output over `_subprocess`).
pub const SUBPROCESS: &str = include_str!("py/subprocess.py");

/// `py_compile` (compile a source file to check it; no .pyc is written).
pub const PY_COMPILE: &str = include_str!("py/py_compile.py");
/// `zipfile` (ZipFile, ZipInfo, is_zipfile; stored members only).
pub const ZIPFILE: &str = include_str!("py/zipfile.py");
/// `ast` (the node classes, parse, dump, literal_eval, walk, visitors, unparse) over
/// the native `_mempy_ast` conversion of mempy's parse tree.
pub const AST: &str = include_str!("py/ast.py");
/// `_ast` (ast's node classes and `PyCF_*` flags under the C module's name).
pub const AST_C: &str = include_str!("py/_ast.py");
/// `dis` (dis, disassemble, get_instructions, Bytecode, Instruction) showing mempy's
/// own instruction set, through `_mempy_dis`.
pub const DIS: &str = include_str!("py/dis.py");
/// `concurrent` (the package) and `concurrent.futures` (Future, wait, as_completed,
/// ThreadPoolExecutor over green threads).
pub const CONCURRENT: &str = include_str!("py/concurrent/__init__.py");
pub const CONCURRENT_FUTURES: &str = include_str!("py/concurrent/futures.py");
pub const CONCURRENT_FUTURES_BASE: &str = include_str!("py/concurrent/futures_base.py");
pub const CONCURRENT_FUTURES_THREAD: &str = include_str!("py/concurrent/futures_thread.py");
/// `opcode` (CPython 3.11's instruction names, numbers and argument kinds).
pub const OPCODE: &str = include_str!("py/opcode.py");

/// `asyncio` (event loop, Future, Task, sleep, gather, wait, timeouts, TaskGroup,
/// queues, locks; single-threaded, no I/O).
pub const ASYNCIO: &str = include_str!("py/asyncio.py");
/// `contextvars` (ContextVar, Token, Context, copy_context) under CPython's
/// `_contextvars` type names.
pub const CONTEXTVARS: &str = include_str!("py/contextvars.py");
/// `logging` (loggers, handlers, formatters, filters, basicConfig; no submodules).
pub const LOGGING: &str = include_str!("py/logging.py");
/// `base64` (Base16/32/64/85 and Ascii85 codecs over `binascii`).
pub const BASE64: &str = include_str!("py/base64.py");
/// `reprlib` (Repr, repr, recursive_repr).
pub const REPRLIB: &str = include_str!("py/reprlib.py");
/// `graphlib` (TopologicalSorter, CycleError).
pub const GRAPHLIB: &str = include_str!("py/graphlib.py");
/// `hashlib` (md5, sha1, sha2, sha3, shake, blake2, new, pbkdf2_hmac) over the
/// native `_mempy_hashlib`.
pub const HASHLIB: &str = include_str!("py/hashlib.py");
/// `_hashlib`, `_md5`, `_sha1`, `_sha256`, `_sha512`, `_sha3`, `_blake2`: the C-level
/// names of CPython's hashing modules, each exporting its share of `hashlib`.
pub const HASHLIB_PARTS: &str = include_str!("py/_hashlib_parts.py");
/// `_testcapi`'s calling-convention test objects, run in the native module's
/// namespace.
pub const TESTCAPI_PARTS: &str = include_str!("py/_testcapi_parts.py");
/// `unicodedata.UCD` and `ucd_3_2_0`, run in the native `unicodedata` module's
/// namespace over its `_old_*` functions.
pub const UNICODEDATA_UCD: &str = include_str!("py/_unicodedata_ucd.py");
/// `hmac` (HMAC, new, digest, compare_digest over `hashlib`).
pub const HMAC: &str = include_str!("py/hmac.py");
/// `zlib` (crc32, adler32, compress, decompress, Compress/Decompress objects)
/// over the native `_mempy_zlib`.
pub const ZLIB: &str = include_str!("py/zlib.py");

/// `calendar` (Calendar, TextCalendar, HTMLCalendar, monthrange, timegm, ...).
pub const CALENDAR: &str = include_str!("py/calendar.py");
/// `colorsys` (conversions between RGB and YIQ, HLS, HSV).
pub const COLORSYS: &str = include_str!("py/colorsys.py");
/// `html` (the package: escape, unescape).
pub const HTML: &str = include_str!("py/html/__init__.py");
/// `html.entities` (the HTML 4 and HTML5 named references; made by
/// tools/gen-html-entities).
pub const HTML_ENTITIES: &str = include_str!("py/html/entities.py");

/// `uuid` (UUID, uuid1, uuid3, uuid4, uuid5, getnode, the RFC 4122 namespaces).
pub const UUID: &str = include_str!("py/uuid.py");
/// `_uuid` (generate_time_safe: a time-based UUID, as the libuuid binding gives it).
pub const UUID_C: &str = include_str!("py/_uuid.py");

/// `optparse` (OptionParser, Option, OptionGroup, Values, the help formatters).
pub const OPTPARSE: &str = include_str!("py/optparse.py");

/// `urllib` (the package) and `urllib.parse` (urlparse, urljoin, quote, urlencode, ...).
pub const URLLIB: &str = include_str!("py/urllib/__init__.py");
pub const URLLIB_PARSE: &str = include_str!("py/urllib/parse.py");

/// `token` (the token type numbers, tok_name, EXACT_TOKEN_TYPES).
pub const TOKEN: &str = include_str!("py/token.py");
/// `tokenize` (tokenize, generate_tokens, detect_encoding, untokenize, TokenInfo).
pub const TOKENIZE: &str = include_str!("py/tokenize.py");

/// Runs `text`, a source compiled into the executable, in the namespace `dict` of
/// module `name`.
pub fn exec_in(vm: &mut Vm, name: &str, text: &'static str, dict: ObjRef) -> PyResult<()> {
    exec_source(vm, name, Source::Embedded(text), dict)
}

fn exec_source(vm: &mut Vm, name: &str, text: Source, dict: ObjRef) -> PyResult<()> {
    let code = compile(vm, name, text)?;
    let r = vm.eval_code(code, dict, dict)?;
    vm.decref(r);
    Ok(())
}

/// The code object of module `name`'s source: from the compiled-code cache when it
/// has it (see `frozen_cache.rs`), else compiled, and then stored there.
fn compile(vm: &mut Vm, name: &str, text: Source) -> PyResult<Rc<CodeObject>> {
    let filename = format!("<frozen {}>", name);
    if let Some(code) = super::frozen_cache::load(&filename, text) {
        return Ok(code);
    }
    let src = SourceFile::new(
        &filename,
        match text {
            Source::Embedded(t) | Source::Generated(t) => t,
        },
    );
    let (code, warnings) =
        crate::compiler::collecting_warnings(|| crate::compiler::compile_source(&src, false));
    let code = match code {
        Ok(c) => c,
        Err(e) => {
            return Err(vm.err(
                "SyntaxError",
                format!("in frozen module {}: {}", name, e.render_cpython(&src)),
            ))
        }
    };
    // A source that warns is compiled (and warns) at every import, as without a cache.
    if warnings.is_empty() {
        super::frozen_cache::store(&filename, text, &code);
    }
    for w in warnings {
        crate::compiler::print_warning(&src, w.category, w.span, &w.msg);
    }
    Ok(code)
}

/// Builds module `name` from Python source; the module is registered in `sys.modules`
/// before its body runs (as CPython's import does).
pub fn make(vm: &mut Vm, name: &str, text: &'static str) -> PyResult<Value> {
    make_from(vm, name, Source::Embedded(text))
}

/// `make` for a source made at run time (its cache key hashes all of it).
pub fn make_generated(vm: &mut Vm, name: &str, text: &str) -> PyResult<Value> {
    make_from(vm, name, Source::Generated(text))
}

fn make_from(vm: &mut Vm, name: &str, text: Source) -> PyResult<Value> {
    let (m, d) = crate::runtime::builtins::new_module(vm, name);
    let key = vm.new_str(name);
    let mods = Value::Obj(vm.modules);
    let r = vm.dict_set_item(mods, key, m);
    if let Err(e) = r {
        vm.decref(key);
        vm.decref(m);
        return Err(e);
    }
    if let Err(e) = exec_source(vm, name, text, d) {
        let _ = vm.dict_del_item(mods, key);
        vm.decref(key);
        vm.decref(m);
        return Err(e);
    }
    vm.decref(key);
    Ok(m)
}

/// Looks up `name` in a module (owned), for native code using Python-defined helpers.
pub fn module_attr(vm: &mut Vm, module: Value, name: &str) -> PyResult<Value> {
    if let Value::Obj(r) = module {
        if let Obj::Module(_) = vm.heap.get(r) {
            return vm.get_attr(module, name);
        }
    }
    Err(vm.type_error("not a module"))
}

/// The library modules written in Python, by the name the importer asks for (a
/// submodule `a.b` as `_a_b`, see `vm/import.rs`): the module's own name and its
/// source. One table serves `import` (`modules::make_module`) and `-m`
/// (`runnable_source`), so every module the library has can also be run as a script.
pub fn library(lib: &str) -> Option<(&'static str, &'static str)> {
    Some(match lib {
        "_collections_user" => ("_collections_user", COLLECTIONS_USER),
        "_collections_abc" => ("collections.abc", COLLECTIONS_ABC),
        "_charmap_tables" => ("_charmap_tables", CHARMAP_TABLES),
        "collections" => ("collections", COLLECTIONS),
        "atexit" => ("atexit", ATEXIT),
        "functools" => ("functools", FUNCTOOLS),
        "_functools" => ("_functools", FUNCTOOLS_C),
        "operator" => ("operator", OPERATOR),
        "copy" => ("copy", COPY),
        "string" => ("string", STRING),
        "contextlib" => ("contextlib", CONTEXTLIB),
        "abc" => ("abc", ABC),
        "typing" => ("typing", TYPING),
        "dataclasses" => ("dataclasses", DATACLASSES),
        "enum" => ("enum", ENUM),
        "bisect" => ("bisect", BISECT),
        "__future__" => ("__future__", FUTURE),
        "io" => ("io", IO),
        "pprint" => ("pprint", PPRINT),
        "textwrap" => ("textwrap", TEXTWRAP),
        "pydoc" => ("pydoc", PYDOC),
        "platform" => ("platform", PLATFORM),
        "types" => ("types", TYPES),
        "json" => ("json", JSON),
        "_json_decoder" => ("json.decoder", JSON_DECODER),
        "_json_encoder" => ("json.encoder", JSON_ENCODER),
        "_json_scanner" => ("json.scanner", JSON_SCANNER),
        "_json_tool" => ("json.tool", JSON_TOOL),
        "_json" => ("_json", JSON_ACCEL),
        "numbers" => ("numbers", NUMBERS),
        "fractions" => ("fractions", FRACTIONS),
        "statistics" => ("statistics", STATISTICS),
        "queue" => ("queue", QUEUE),
        "secrets" => ("secrets", SECRETS),
        "getopt" => ("getopt", GETOPT),
        "_queue" => ("_queue", QUEUE_C),
        "_simplequeue" => ("_simplequeue", SIMPLEQUEUE),
        "timeit" => ("timeit", TIMEIT),
        "datetime" => ("datetime", DATETIME),
        "_datetime" => ("_datetime", DATETIME_C),
        "_strptime" => ("_strptime", STRPTIME),
        "traceback" => ("traceback", TRACEBACK),
        "difflib" => ("difflib", DIFFLIB),
        "unittest" => ("unittest", UNITTEST),
        "_unittest_mock" => ("unittest.mock", UNITTEST_MOCK),
        "csv" => ("csv", CSV),
        "argparse" => ("argparse", ARGPARSE),
        "shlex" => ("shlex", SHLEX),
        "fnmatch" => ("fnmatch", FNMATCH),
        "keyword" => ("keyword", KEYWORD),
        "os" => ("os", OS),
        "posixpath" => ("posixpath", POSIXPATH),
        "genericpath" => ("genericpath", GENERICPATH),
        "pathlib" => ("pathlib", PATHLIB),
        "struct" => ("struct", STRUCT),
        "errno" => ("errno", ERRNO),
        "inspect" => ("inspect", INSPECT),
        "re" => ("re", RE),
        "glob" => ("glob", GLOB),
        "shutil" => ("shutil", SHUTIL),
        "tempfile" => ("tempfile", TEMPFILE),
        "decimal" => ("decimal", DECIMAL),
        "warnings" => ("warnings", WARNINGS),
        "_warnings" => ("_warnings", WARNINGS_C),
        "_weakref" => ("_weakref", WEAKREF_C),
        "binascii" => ("binascii", BINASCII),
        "__hello__" => ("__hello__", HELLO),
        "linecache" => ("linecache", LINECACHE),
        "stat" => ("stat", STAT),
        "getpass" => ("getpass", GETPASS),
        "pwd" => ("pwd", PWD),
        "grp" => ("grp", GRP),
        "faulthandler" => ("faulthandler", FAULTHANDLER),
        "quopri" => ("quopri", QUOPRI),
        "uu" => ("uu", UU),
        "sysconfig" => ("sysconfig", SYSCONFIG),
        "pickle" => ("pickle", PICKLE),
        "_pickle" => ("_pickle", PICKLE_C),
        "copyreg" => ("copyreg", COPYREG),
        "_codecs" => ("_codecs", CODECS),
        "codecs" => ("codecs", CODECS_PY),
        "encodings" => ("encodings", ENCODINGS),
        "_codecs_more" => ("_codecs_more", CODECS_MORE),
        "_string" => ("_string", STRING_HELPERS),
        "_imp" => ("_imp", IMP),
        "_importlib_util" => ("importlib.util", IMPORTLIB_UTIL),
        "_thread" => ("_thread", THREAD),
        "threading" => ("threading", THREADING),
        "locale" => ("locale", LOCALE),
        "subprocess" => ("subprocess", SUBPROCESS),
        "py_compile" => ("py_compile", PY_COMPILE),
        "zipfile" => ("zipfile", ZIPFILE),
        "doctest" => ("doctest", DOCTEST),
        "pdb" => ("pdb", PDB),
        "ast" => ("ast", AST),
        "_ast" => ("_ast", AST_C),
        "dis" => ("dis", DIS),
        "opcode" => ("opcode", OPCODE),
        "concurrent" => ("concurrent", CONCURRENT),
        "_concurrent_futures" => ("concurrent.futures", CONCURRENT_FUTURES),
        "_concurrent_futures__base" => ("concurrent.futures._base", CONCURRENT_FUTURES_BASE),
        "_concurrent_futures_thread" => ("concurrent.futures.thread", CONCURRENT_FUTURES_THREAD),
        "asyncio" => ("asyncio", ASYNCIO),
        "contextvars" => ("contextvars", CONTEXTVARS),
        "signal" => ("signal", SIGNAL),
        "heapq" => ("heapq", HEAPQ),
        "logging" => ("logging", LOGGING),
        "base64" => ("base64", BASE64),
        "reprlib" => ("reprlib", REPRLIB),
        "graphlib" => ("graphlib", GRAPHLIB),
        "hashlib" => ("hashlib", HASHLIB),
        "hmac" => ("hmac", HMAC),
        "zlib" => ("zlib", ZLIB),
        "calendar" => ("calendar", CALENDAR),
        "colorsys" => ("colorsys", COLORSYS),
        "uuid" => ("uuid", UUID),
        "optparse" => ("optparse", OPTPARSE),
        "token" => ("token", TOKEN),
        "tokenize" => ("tokenize", TOKENIZE),
        "urllib" => ("urllib", URLLIB),
        "_urllib_parse" => ("urllib.parse", URLLIB_PARSE),
        "_uuid" => ("_uuid", UUID_C),
        "html" => ("html", HTML),
        "_html_entities" => ("html.entities", HTML_ENTITIES),
        _ => return None,
    })
}

/// `-m NAME` for a library module written in Python: its source, to run as `__main__`
/// (CPython runs the module's file from its Lib directory; mempy's are built in).
pub fn runnable_source(name: &str) -> Option<&'static str> {
    let lib = match name.split_once('.') {
        Some((pkg, sub)) => format!("_{pkg}_{}", sub.replace('.', "_")),
        None => name.to_string(),
    };
    // A module kept under a private name (`_collections_abc` is `collections.abc`)
    // runs under the name it was asked by only when the table says it is that module.
    library(&lib)
        .filter(|(full, _)| *full == name || lib == name)
        .map(|(_, src)| src)
}

/// Whether `name` is a library package written in Python (its submodules are library
/// modules too), so `-m NAME` looks for `NAME.__main__`.
pub fn is_library_package(name: &str) -> bool {
    matches!(name, "json" | "concurrent" | "html" | "urllib")
}
