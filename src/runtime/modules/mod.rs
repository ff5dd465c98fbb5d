//! The builtin modules other than `builtins` itself (CPython's module table in
//! Python/import.c and Modules/): native ones, one file each, and the ones written in
//! Python (`pysrc`, sources in `py/`), made on first import.

pub mod array;
pub mod ast;
pub mod asyncio;
pub mod binascii;
pub mod bisect;
pub mod cmath;
pub mod collections;
pub mod copy;
pub mod dis;
pub mod functools;
pub mod gc;
pub mod greenthread;
pub mod hashlib;
pub mod heapq;
pub mod importlib;
pub mod io;
pub mod itertools;
pub mod json;
pub mod math;
pub mod mempy;
pub mod operator;
pub mod os;
pub mod pysrc;
pub mod random;
pub mod re;
pub mod signal;
pub mod subprocess;
pub mod sys;
pub mod testcapi;
pub mod testinternalcapi;
pub mod time;
pub mod traceback;
pub mod tracemalloc;
pub mod unicodedata;
pub mod weakref;
pub mod zlib;

use crate::runtime::builtins::set_in;
use crate::runtime::object::{ModuleObj, Obj};
use crate::runtime::vm::{PyResult, Vm};
use crate::value::Value;

/// Builds a builtin module by name, or None if there is no such module. Modules written
/// in Python (see `pysrc`) can fail while running their body.
pub fn make_module(vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
    Some(Ok(match name {
        "collections" => return Some(pysrc::make(vm, "collections", pysrc::COLLECTIONS)),
        "_collections_user" => {
            return Some(pysrc::make(
                vm,
                "_collections_user",
                pysrc::COLLECTIONS_USER,
            ))
        }
        "atexit" => return Some(pysrc::make(vm, "atexit", pysrc::ATEXIT)),
        "functools" => return Some(pysrc::make(vm, "functools", pysrc::FUNCTOOLS)),
        "_functools" => return Some(pysrc::make(vm, "_functools", pysrc::FUNCTOOLS_C)),
        "operator" => return Some(pysrc::make(vm, "operator", pysrc::OPERATOR)),
        "copy" => return Some(pysrc::make(vm, "copy", pysrc::COPY)),
        "string" => return Some(pysrc::make(vm, "string", pysrc::STRING)),
        "contextlib" => return Some(pysrc::make(vm, "contextlib", pysrc::CONTEXTLIB)),
        "abc" => return Some(pysrc::make(vm, "abc", pysrc::ABC)),
        "typing" => return Some(pysrc::make(vm, "typing", pysrc::TYPING)),
        "dataclasses" => return Some(pysrc::make(vm, "dataclasses", pysrc::DATACLASSES)),
        "enum" => return Some(pysrc::make(vm, "enum", pysrc::ENUM)),
        "bisect" => return Some(pysrc::make(vm, "bisect", pysrc::BISECT)),
        "__future__" => return Some(pysrc::make(vm, "__future__", pysrc::FUTURE)),
        "_collections_abc" => {
            return Some(pysrc::make(vm, "collections.abc", pysrc::COLLECTIONS_ABC))
        }
        "io" => return Some(pysrc::make(vm, "io", pysrc::IO)),
        "_io" => return Some(io::make(vm)),
        "pprint" => return Some(pysrc::make(vm, "pprint", pysrc::PPRINT)),
        "textwrap" => return Some(pysrc::make(vm, "textwrap", pysrc::TEXTWRAP)),
        "platform" => return Some(pysrc::make(vm, "platform", pysrc::PLATFORM)),
        "types" => return Some(pysrc::make(vm, "types", pysrc::TYPES)),
        "json" => return Some(pysrc::make(vm, "json", pysrc::JSON)),
        // `json.decoder`, ... (the importer asks for `_json_decoder`, ...): the
        // submodules of CPython's json package.
        "_json_decoder" => return Some(pysrc::make(vm, "json.decoder", pysrc::JSON_DECODER)),
        "_json_encoder" => return Some(pysrc::make(vm, "json.encoder", pysrc::JSON_ENCODER)),
        "_json_scanner" => return Some(pysrc::make(vm, "json.scanner", pysrc::JSON_SCANNER)),
        "_json_tool" => return Some(pysrc::make(vm, "json.tool", pysrc::JSON_TOOL)),
        "_json" => return Some(pysrc::make(vm, "_json", pysrc::JSON_ACCEL)),
        "numbers" => return Some(pysrc::make(vm, "numbers", pysrc::NUMBERS)),
        "fractions" => return Some(pysrc::make(vm, "fractions", pysrc::FRACTIONS)),
        "statistics" => return Some(pysrc::make(vm, "statistics", pysrc::STATISTICS)),
        "queue" => return Some(pysrc::make(vm, "queue", pysrc::QUEUE)),
        "timeit" => return Some(pysrc::make(vm, "timeit", pysrc::TIMEIT)),
        "datetime" => return Some(pysrc::make(vm, "datetime", pysrc::DATETIME)),
        "traceback" => return Some(pysrc::make(vm, "traceback", pysrc::TRACEBACK)),
        "difflib" => return Some(pysrc::make(vm, "difflib", pysrc::DIFFLIB)),
        "unittest" => return Some(pysrc::make(vm, "unittest", pysrc::UNITTEST)),
        "_unittest_mock" => return Some(pysrc::make(vm, "unittest.mock", pysrc::UNITTEST_MOCK)),
        // `unittest.case`, `unittest.util`, ...: the one `unittest` module's names
        // seen under the submodule names of CPython's package.
        "_unittest_case" | "_unittest_util" | "_unittest_result" | "_unittest_suite"
        | "_unittest_loader" | "_unittest_runner" | "_unittest_signals" => {
            let full = format!("unittest.{}", &name["_unittest_".len()..]);
            return Some(pysrc::make(vm, &full, pysrc::UNITTEST_PARTS));
        }
        "csv" => return Some(pysrc::make(vm, "csv", pysrc::CSV)),
        "argparse" => return Some(pysrc::make(vm, "argparse", pysrc::ARGPARSE)),
        "shlex" => return Some(pysrc::make(vm, "shlex", pysrc::SHLEX)),
        "fnmatch" => return Some(pysrc::make(vm, "fnmatch", pysrc::FNMATCH)),
        "keyword" => return Some(pysrc::make(vm, "keyword", pysrc::KEYWORD)),
        "os" => return Some(pysrc::make(vm, "os", pysrc::OS)),
        "posixpath" => return Some(pysrc::make(vm, "posixpath", pysrc::POSIXPATH)),
        "genericpath" => return Some(pysrc::make(vm, "genericpath", pysrc::GENERICPATH)),
        "_os" => os::make(vm),
        "_collections" => collections::make(vm),
        "_operator" => operator::make(vm),
        "unicodedata" => unicodedata::make(vm),
        "pathlib" => return Some(pysrc::make(vm, "pathlib", pysrc::PATHLIB)),
        "struct" => return Some(pysrc::make(vm, "struct", pysrc::STRUCT)),
        "array" => array::make(vm),
        "errno" => return Some(pysrc::make(vm, "errno", pysrc::ERRNO)),
        "inspect" => return Some(pysrc::make(vm, "inspect", pysrc::INSPECT)),
        "re" => return Some(pysrc::make(vm, "re", pysrc::RE)),
        "glob" => return Some(pysrc::make(vm, "glob", pysrc::GLOB)),
        "shutil" => return Some(pysrc::make(vm, "shutil", pysrc::SHUTIL)),
        "tempfile" => return Some(pysrc::make(vm, "tempfile", pysrc::TEMPFILE)),
        "decimal" => return Some(pysrc::make(vm, "decimal", pysrc::DECIMAL)),
        "warnings" => return Some(pysrc::make(vm, "warnings", pysrc::WARNINGS)),
        "_warnings" => return Some(pysrc::make(vm, "_warnings", pysrc::WARNINGS_C)),
        "_weakref" => return Some(pysrc::make(vm, "_weakref", pysrc::WEAKREF_C)),
        "binascii" => return Some(pysrc::make(vm, "binascii", pysrc::BINASCII)),
        "__hello__" => return Some(pysrc::make(vm, "__hello__", pysrc::HELLO)),
        "linecache" => return Some(pysrc::make(vm, "linecache", pysrc::LINECACHE)),
        "stat" => return Some(pysrc::make(vm, "stat", pysrc::STAT)),
        "getpass" => return Some(pysrc::make(vm, "getpass", pysrc::GETPASS)),
        "sysconfig" => return Some(pysrc::make(vm, "sysconfig", pysrc::SYSCONFIG)),
        "pickle" => return Some(pysrc::make(vm, "pickle", pysrc::PICKLE)),
        "copyreg" => return Some(pysrc::make(vm, "copyreg", pysrc::COPYREG)),
        "_codecs" => return Some(pysrc::make(vm, "_codecs", pysrc::CODECS)),
        "codecs" => return Some(pysrc::make(vm, "codecs", pysrc::CODECS_PY)),
        "encodings" => return Some(pysrc::make(vm, "encodings", pysrc::ENCODINGS)),
        "_codecs_more" => return Some(pysrc::make(vm, "_codecs_more", pysrc::CODECS_MORE)),
        "_charmap_tables" => {
            return Some(pysrc::make(vm, "_charmap_tables", pysrc::CHARMAP_TABLES))
        }
        "_string" => return Some(pysrc::make(vm, "_string", pysrc::STRING_HELPERS)),
        "_imp" => return Some(pysrc::make(vm, "_imp", pysrc::IMP)),
        "_importlib_util" => return Some(pysrc::make(vm, "importlib.util", pysrc::IMPORTLIB_UTIL)),
        "_thread" => return Some(pysrc::make(vm, "_thread", pysrc::THREAD)),
        "threading" => return Some(pysrc::make(vm, "threading", pysrc::THREADING)),
        "locale" => return Some(pysrc::make(vm, "locale", pysrc::LOCALE)),
        "subprocess" => return Some(pysrc::make(vm, "subprocess", pysrc::SUBPROCESS)),
        "_subprocess" => subprocess::make(vm),
        "py_compile" => return Some(pysrc::make(vm, "py_compile", pysrc::PY_COMPILE)),
        "zipfile" => return Some(pysrc::make(vm, "zipfile", pysrc::ZIPFILE)),
        "doctest" => return Some(pysrc::make(vm, "doctest", pysrc::DOCTEST)),
        "pdb" => return Some(pysrc::make(vm, "pdb", pysrc::PDB)),
        "ast" => return Some(pysrc::make(vm, "ast", pysrc::AST)),
        "_mempy_ast" => ast::make(vm),
        "dis" => return Some(pysrc::make(vm, "dis", pysrc::DIS)),
        "asyncio" => return Some(pysrc::make(vm, "asyncio", pysrc::ASYNCIO)),
        "contextvars" => return Some(pysrc::make(vm, "contextvars", pysrc::CONTEXTVARS)),
        "_mempy_dis" => dis::make(vm),
        "_mempy_functools" => functools::make(vm),
        "_mempy_copy" => copy::make(vm),
        "_sre" => re::make(vm),
        "_traceback" => traceback::make(vm),
        "sys" => return Some(sys::make(vm)),
        "gc" => gc::make(vm),
        "_signal" => signal::make(vm),
        "signal" => return Some(pysrc::make(vm, "signal", pysrc::SIGNAL)),
        "_greenthread" => greenthread::make(vm),
        "math" => math::make(vm),
        "cmath" => cmath::make(vm),
        "heapq" => return Some(pysrc::make(vm, "heapq", pysrc::HEAPQ)),
        "_heapq" => heapq::make(vm),
        "_bisect" => bisect::make(vm),
        "_testcapi" => testcapi::make(vm),
        "_testinternalcapi" => testinternalcapi::make(vm),
        "importlib" => importlib::make(vm),
        "itertools" => itertools::make(vm),
        "mempy" => mempy::make(vm),
        "tracemalloc" => return Some(tracemalloc::make(vm)),
        "weakref" => return Some(weakref::make(vm)),
        "time" => return Some(time::make(vm)),
        "random" => return Some(random::make(vm)),
        "logging" => return Some(pysrc::make(vm, "logging", pysrc::LOGGING)),
        "base64" => return Some(pysrc::make(vm, "base64", pysrc::BASE64)),
        "reprlib" => return Some(pysrc::make(vm, "reprlib", pysrc::REPRLIB)),
        "graphlib" => return Some(pysrc::make(vm, "graphlib", pysrc::GRAPHLIB)),
        "hashlib" => return Some(pysrc::make(vm, "hashlib", pysrc::HASHLIB)),
        "_mempy_hashlib" => hashlib::make(vm),
        "_hashlib" | "_md5" | "_sha1" | "_sha256" | "_sha512" | "_sha3" | "_blake2" => {
            return Some(pysrc::make(vm, name, pysrc::HASHLIB_PARTS))
        }
        "hmac" => return Some(pysrc::make(vm, "hmac", pysrc::HMAC)),
        "zlib" => return Some(pysrc::make(vm, "zlib", pysrc::ZLIB)),
        "_mempy_zlib" => zlib::make(vm),
        "_mempy_binascii" => binascii::make(vm),
        "_mempy_json" => json::make(vm),
        "builtins" => {
            // The module's namespace IS the builtins dict, so `builtins.abs = f`
            // changes what every global lookup falls back to, as in CPython.
            let d = vm.builtins;
            vm.heap.incref_obj(d);
            let n = vm.new_str("builtins");
            set_in(vm, d, "__name__", n);
            vm.heap.new_value(Obj::Module(Box::new(ModuleObj {
                name: "builtins".to_string(),
                dict: d,
                class: None,
            })))
        }
        // `asyncio.<sub>` (the importer asks for `_asyncio_<sub>`): a module of
        // the names mempy's one-module asyncio has from CPython's submodule.
        sub if sub.starts_with("_asyncio_") => {
            let short = &sub["_asyncio_".len()..];
            let src = format!(
                "import asyncio as _a\nglobals().update(_a._submodule({short:?}))\ndel _a\n"
            );
            return Some(pysrc::make(vm, &format!("asyncio.{short}"), &src));
        }
        _ => return None,
    }))
}
