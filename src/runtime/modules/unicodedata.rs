//! `unicodedata` (CPython's Modules/unicodedata.c) over the Unicode Character
//! Database 14.0.0, as CPython 3.11: the properties of `text::unicodedata_tables`
//! (`category`, `bidirectional`, `east_asian_width`, `combining`, `mirrored`,
//! `decimal`, `digit`), character names (`name`, `lookup`, from `unicode_names2`,
//! limited to the characters Unicode 14.0 assigns), and, from `text::ucd_tables`,
//! `numeric`, `decomposition`, `normalize` and `is_normalized` (see `norm`).
//!
//! `UCD` and its instance `ucd_3_2_0` (the Unicode 3.2.0 view IDNA and stringprep
//! use) are defined by `py/_unicodedata_ucd.py`, run in this module's namespace;
//! their methods are the `_old_*` functions here, which read 3.2.0's values where
//! they differ from 14.0.0's (`tables::OLD_*`).
//!
//! Left out: the named sequences `lookup` also knows, and the few normalization
//! corrections CPython applies to 3.2.0 data.

mod norm;

use crate::runtime::builtins::{add_fns, new_module, set_in};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::text::run_value;
use crate::text::surrogates;
use crate::text::ucd_tables as tables;
use crate::text::unicodedata_tables as t;
use crate::value::Value;

pub fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "unicodedata");
    add_fns(
        vm,
        d,
        &[
            ("category", category),
            ("bidirectional", bidirectional),
            ("east_asian_width", east_asian_width),
            ("combining", combining),
            ("mirrored", mirrored),
            ("decimal", decimal),
            ("digit", digit),
            ("numeric", numeric),
            ("name", name),
            ("lookup", lookup),
            ("decomposition", decomposition),
            ("normalize", norm::normalize),
            ("is_normalized", norm::is_normalized),
            ("_old_category", old_category),
            ("_old_bidirectional", old_bidirectional),
            ("_old_east_asian_width", old_east_asian_width),
            ("_old_combining", old_combining),
            ("_old_mirrored", old_mirrored),
            ("_old_decimal", old_decimal),
            ("_old_digit", old_digit),
            ("_old_numeric", old_numeric),
            ("_old_decomposition", old_decomposition),
            ("_old_name", old_name),
            ("_old_lookup", old_lookup),
            ("_old_normalize", norm::old_normalize),
            ("_old_is_normalized", norm::old_is_normalized),
        ],
    );
    let v = vm.new_str(t::UNIDATA_VERSION);
    set_in(vm, d, "unidata_version", v);
    let src = crate::runtime::modules::pysrc::UNICODEDATA_UCD;
    if let Err(e) = crate::runtime::modules::pysrc::exec_in(vm, "unicodedata", src, d) {
        // The snippet only defines a class and an instance; should it fail, the
        // module is still usable without `UCD`.
        vm.decref(e.0);
    }
    m
}

/// The code point of a one-character str argument (Argument Clinic's
/// `unicode character` converter), after the positional-count check.
fn char_arg(vm: &mut Vm, name: &str, args: &[Value], kw: KwArgs, max: usize) -> PyResult<u32> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    let n = args.len();
    // One-argument functions are METH_O; the others Argument Clinic's.
    if max == 1 && n != 1 {
        return Err(vm.type_error(format!(
            "unicodedata.{}() takes exactly one argument ({} given)",
            name, n
        )));
    }
    if n < 1 || n > max {
        let msg = crate::runtime::builtins::clinic_positional_msg(name, n, 1, max);
        return Err(vm.type_error(msg));
    }
    let v = args[0];
    let flagged = vm.str_is_flagged(v);
    let one = vm.as_str(v).and_then(|s| {
        let mut it = s.chars();
        match (it.next(), it.next()) {
            (Some(c), None) => Some(surrogates::code_point(c, flagged)),
            _ => None,
        }
    });
    match one {
        Some(cp) => Ok(cp),
        None => {
            let tn = crate::runtime::types::str::codec::arg_type_name(vm, v);
            let which = if max == 1 { "argument" } else { "argument 1" };
            Err(vm.type_error(format!(
                "{}() {} must be a unicode character, not {}",
                name, which, tn
            )))
        }
    }
}

/// A property whose values are names: the name of `cp`'s run, or the default.
fn named(vm: &mut Vm, table: &[(u32, u32, u8)], names: &[&str], default: u8, cp: u32) -> Value {
    let i = run_value(table, cp).map_or(default, |(_, v)| v);
    vm.new_str(names[i as usize])
}

fn category(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cp = char_arg(vm, "category", args, kw, 1)?;
    Ok(named(
        vm,
        t::CATEGORY,
        t::CATEGORY_NAMES,
        t::CATEGORY_DEFAULT,
        cp,
    ))
}

fn bidirectional(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cp = char_arg(vm, "bidirectional", args, kw, 1)?;
    Ok(named(
        vm,
        t::BIDIRECTIONAL,
        t::BIDIRECTIONAL_NAMES,
        t::BIDIRECTIONAL_DEFAULT,
        cp,
    ))
}

fn east_asian_width(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cp = char_arg(vm, "east_asian_width", args, kw, 1)?;
    let (table, names, default) = (
        t::EAST_ASIAN_WIDTH,
        t::EAST_ASIAN_WIDTH_NAMES,
        t::EAST_ASIAN_WIDTH_DEFAULT,
    );
    Ok(named(vm, table, names, default, cp))
}

fn combining(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cp = char_arg(vm, "combining", args, kw, 1)?;
    Ok(vm.int(run_value(t::COMBINING, cp).map_or(0, |(_, v)| v) as i64))
}

fn mirrored(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cp = char_arg(vm, "mirrored", args, kw, 1)?;
    Ok(vm.int(run_value(t::MIRRORED, cp).map_or(0, |(_, v)| v) as i64))
}

/// The digit value of `cp` (runs of digits count up from their first's value).
fn digit_value(cp: u32) -> Option<i64> {
    run_value(t::DIGIT, cp).map(|(first, v)| v as i64 + (cp - first) as i64)
}

/// `digit`/`decimal`: the value, else `default` (borrowed) when given, else
/// ValueError.
fn digit_like(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: KwArgs,
    decimal_only: bool,
) -> PyResult<Value> {
    let cp = char_arg(vm, name, args, kw, 2)?;
    let value = digit_value(cp).filter(|_| {
        !decimal_only
            || char::from_u32(cp)
                .is_some_and(|c| crate::text::str_methods::isdecimal(c.encode_utf8(&mut [0; 4])))
    });
    match (value, args.get(1)) {
        (Some(v), _) => Ok(vm.int(v)),
        (None, Some(&d)) => {
            vm.incref(d);
            Ok(d)
        }
        (None, None) => Err(vm.value_error(if decimal_only {
            "not a decimal"
        } else {
            "not a digit"
        })),
    }
}

fn digit(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    digit_like(vm, "digit", args, kw, false)
}

fn decimal(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    digit_like(vm, "decimal", args, kw, true)
}

/// Whether Unicode 14.0 assigns `cp` (its category is not Cn), which limits the
/// names `unicode_names2` (a later Unicode version) may give.
fn assigned(cp: u32) -> bool {
    let cn = t::CATEGORY_NAMES.iter().position(|&n| n == "Cn");
    let cat = run_value(t::CATEGORY, cp).map_or(t::CATEGORY_DEFAULT, |(_, v)| v);
    cn != Some(usize::from(cat))
}

/// The value for a missing property: `default` (borrowed) when given, else
/// ValueError(msg).
fn or_default(vm: &mut Vm, args: &[Value], msg: &str) -> PyResult<Value> {
    match args.get(1) {
        Some(&d) => {
            vm.incref(d);
            Ok(d)
        }
        None => Err(vm.value_error(msg)),
    }
}

fn numeric(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cp = char_arg(vm, "numeric", args, kw, 2)?;
    match tables::NUMERIC.binary_search_by_key(&cp, |&(c, _)| c) {
        Ok(i) => Ok(vm.heap.float(tables::NUMERIC[i].1)),
        Err(_) => or_default(vm, args, "not a numeric character"),
    }
}

/// The name of `cp`, if it has one in Unicode 14.0.
pub(crate) fn char_name(cp: u32) -> Option<String> {
    if !assigned(cp) {
        return None;
    }
    let c = char::from_u32(cp)?;
    unicode_names2::name(c).map(|n| n.to_string())
}

fn name(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cp = char_arg(vm, "name", args, kw, 2)?;
    match char_name(cp) {
        Some(n) => Ok(vm.new_str(n)),
        None => or_default(vm, args, "no such name"),
    }
}

/// `lookup(name)`: the character with this name or alias, in any letter case
/// except for the algorithmic CJK and Hangul names, which CPython matches in
/// upper case only.
fn lookup(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("lookup() takes no keyword arguments"));
    }
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "unicodedata.lookup() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    let text = match vm.as_str(args[0]) {
        Some(s) => s.to_string(),
        None => match vm.bytes_data(args[0]) {
            Some(b) => String::from_utf8_lossy(b).into_owned(),
            None => {
                let tn = crate::runtime::types::str::codec::arg_type_name(vm, args[0]);
                return Err(vm.type_error(format!(
                    "lookup() argument must be str or read-only bytes-like object, not {}",
                    tn
                )));
            }
        },
    };
    if text.len() > 256 {
        return Err(vm.err("KeyError", "name too long"));
    }
    let upper = text.to_ascii_uppercase();
    let algorithmic =
        upper.starts_with("CJK UNIFIED IDEOGRAPH-") || upper.starts_with("HANGUL SYLLABLE ");
    let found = if algorithmic && upper != text {
        None
    } else {
        crate::text::char_by_name(&text).filter(|&c| assigned(c as u32))
    };
    match found {
        Some(c) => Ok(vm.str_of_char(c)),
        None => Err(vm.err("KeyError", format!("undefined character name '{}'", text))),
    }
}

fn decomposition(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cp = char_arg(vm, "decomposition", args, kw, 1)?;
    let d = match tables::DECOMPOSITION.binary_search_by_key(&cp, |&(c, _)| c) {
        Ok(i) => tables::DECOMPOSITION[i].1,
        Err(_) => "",
    };
    Ok(vm.new_str(d))
}

// ---- Unicode 3.2.0 (`ucd_3_2_0`) ----------------------------------------------

use crate::text::normalization::{old_assigned, old_run};

fn old_text(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: KwArgs,
    old: &[(u32, u32, &str)],
    now: fn(&mut Vm, &[Value], KwArgs) -> PyResult<Value>,
) -> PyResult<Value> {
    let cp = char_arg(vm, name, args, kw, 1)?;
    match old_run(old, cp) {
        Some(v) => Ok(vm.new_str(v)),
        None => now(vm, args, kw),
    }
}

fn old_category(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    old_text(vm, "category", args, kw, tables::OLD_CATEGORY, category)
}

fn old_bidirectional(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    old_text(
        vm,
        "bidirectional",
        args,
        kw,
        tables::OLD_BIDIRECTIONAL,
        bidirectional,
    )
}

fn old_east_asian_width(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    old_text(
        vm,
        "east_asian_width",
        args,
        kw,
        tables::OLD_EAST_ASIAN_WIDTH,
        east_asian_width,
    )
}

fn old_decomposition(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    old_text(
        vm,
        "decomposition",
        args,
        kw,
        tables::OLD_DECOMPOSITION,
        decomposition,
    )
}

fn old_combining(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cp = char_arg(vm, "combining", args, kw, 1)?;
    match old_run(tables::OLD_COMBINING, cp) {
        Some(v) => Ok(vm.int(i64::from(v))),
        None => combining(vm, args, kw),
    }
}

fn old_mirrored(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cp = char_arg(vm, "mirrored", args, kw, 1)?;
    match old_run(tables::OLD_MIRRORED, cp) {
        Some(v) => Ok(vm.int(i64::from(v))),
        None => mirrored(vm, args, kw),
    }
}

/// decimal/digit under 3.2.0: its value (-1: none) where it differs.
fn old_small(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: KwArgs,
    old: &[(u32, u32, i8)],
    now: fn(&mut Vm, &[Value], KwArgs) -> PyResult<Value>,
    msg: &str,
) -> PyResult<Value> {
    let cp = char_arg(vm, name, args, kw, 2)?;
    match old_run(old, cp) {
        Some(v) if v >= 0 => Ok(vm.int(i64::from(v))),
        Some(_) => or_default(vm, args, msg),
        None => now(vm, args, kw),
    }
}

fn old_decimal(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    old_small(
        vm,
        "decimal",
        args,
        kw,
        tables::OLD_DECIMAL,
        decimal,
        "not a decimal",
    )
}

fn old_digit(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    old_small(
        vm,
        "digit",
        args,
        kw,
        tables::OLD_DIGIT,
        digit,
        "not a digit",
    )
}

fn old_numeric(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cp = char_arg(vm, "numeric", args, kw, 2)?;
    match old_run(tables::OLD_NUMERIC, cp) {
        Some(v) if !v.is_nan() => Ok(vm.heap.float(v)),
        Some(_) => or_default(vm, args, "not a numeric character"),
        None => numeric(vm, args, kw),
    }
}

fn old_name(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let cp = char_arg(vm, "name", args, kw, 2)?;
    match char_name(cp).filter(|_| old_assigned(cp)) {
        Some(n) => Ok(vm.new_str(n)),
        None => or_default(vm, args, "no such name"),
    }
}

/// `lookup` under 3.2.0: names of characters 3.2.0 assigned, without aliases.
fn old_lookup(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let found = lookup(vm, args, kw)?;
    let cp = vm
        .as_str(found)
        .and_then(|s| s.chars().next())
        .map_or(0, |c| c as u32);
    let given = match vm.as_str(args[0]) {
        Some(s) => s.to_string(),
        None => vm
            .bytes_data(args[0])
            .map_or(String::new(), |b| String::from_utf8_lossy(b).into_owned()),
    };
    let is_name = char_name(cp).is_some_and(|n| n.eq_ignore_ascii_case(&given));
    if old_assigned(cp) && is_name {
        return Ok(found);
    }
    vm.decref(found);
    Err(vm.err("KeyError", format!("undefined character name '{}'", given)))
}
