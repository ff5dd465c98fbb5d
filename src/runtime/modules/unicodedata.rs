//! `unicodedata` (CPython's Modules/unicodedata.c), the part of the Unicode
//! Character Database mempy carries (`text::unicodedata_tables`, Unicode 14.0.0
//! as CPython 3.11): `category`, `bidirectional`, `east_asian_width`,
//! `combining`, `mirrored`, `decimal`, `digit` and `unidata_version`. Character
//! names, numeric values, decompositions and normalization are not carried: those
//! functions are absent rather than approximate.

use crate::runtime::builtins::{add_fns, new_module, set_in};
use crate::runtime::types::function::KwArgs;
use crate::runtime::vm::{PyResult, Vm};
use crate::text::surrogates;
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
        ],
    );
    let v = vm.new_str(t::UNIDATA_VERSION);
    set_in(vm, d, "unidata_version", v);
    m
}

/// The value of the run holding `cp` in a sorted run table.
fn run_value(table: &[(u32, u32, u8)], cp: u32) -> Option<(u32, u8)> {
    let i = table.partition_point(|&(_, last, _)| last < cp);
    match table.get(i) {
        Some(&(first, _, v)) if first <= cp => Some((first, v)),
        _ => None,
    }
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
