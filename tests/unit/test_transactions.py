"""The text form of transactions: parsing, quoting, errors naming the line, round trips."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zkinspector.zk.transactions import (
    CHECK,
    CREATE,
    DELETE,
    SET,
    TransactionSyntaxError,
    TxOp,
    format_data,
    format_op,
    format_ops,
    parse,
)


def test_each_operation_and_its_optional_parts() -> None:
    text = """
    # a comment, then a blank line

    create /a
    create -e -s /a/p_ first
    CREATE /b 'two words'
    set /a "line 1\\nline 2" 3
    set /a x
    delete /old
    delete /old 7
    check /a 3
    check /a -1
    """
    assert parse(text) == [
        TxOp(CREATE, "/a"),
        TxOp(CREATE, "/a/p_", b"first", ephemeral=True, sequential=True),
        TxOp(CREATE, "/b", b"two words"),
        TxOp(SET, "/a", b"line 1\nline 2", 3),
        TxOp(SET, "/a", b"x", -1),
        TxOp(DELETE, "/old"),
        TxOp(DELETE, "/old", version=7),
        TxOp(CHECK, "/a", version=3),
        TxOp(CHECK, "/a", version=-1),
    ]


def test_quoting_rules() -> None:
    [op] = parse("""set /j {"a":1,"b":[2]}""")  # a word without quotes is taken as it is
    assert op.data == b'{"a":1,"b":[2]}'
    [op] = parse("""set /j '{"a": 1}'""")  # single quotes: literal, spaces kept
    assert op.data == b'{"a": 1}'
    [op] = parse(r'set /b "\x00\xff\\ \"q\" \t"')  # double quotes: escapes, raw bytes
    assert op.data == b'\x00\xff\\ "q" \t'
    [op] = parse("create '/with space' ''")
    assert op == TxOp(CREATE, "/with space", b"")
    [op] = parse("set /u 'olá €'")
    assert op.data == "olá €".encode()


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("create /a\nmove /a /b\n", 2, "not an operation"),
        ("\n\ncheck /a\n", 3, "check PATH VERSION"),
        ("set /a\n", 1, "set PATH DATA [VERSION]"),
        ("delete /a seven\n", 1, "version number"),
        ("check /a -2\n", 1, "version number"),
        ("create a/b\n", 1, 'must start with "/"'),
        ("create /a/\n", 1, 'cannot end with "/"'),
        ("create /a 'open\n", 1, "single quote is not closed"),
        ('create /a "open\n', 1, "double quote is not closed"),
        ('create /a "\\q"\n', 1, "Unknown escape"),
        ('create /a "\\x4"\n', 1, "two hexadecimal digits"),
        ("create /a b c\n", 1, "create [-e] [-s] PATH [DATA]"),
    ],
)
def test_bad_text_names_the_line(text: str, line: int, words: str) -> None:
    with pytest.raises(TransactionSyntaxError) as caught:
        parse(text)
    assert caught.value.line == line
    assert str(caught.value).startswith(f"Line {line}: ")
    assert words in str(caught.value)


def test_format_is_readable_where_it_can_be() -> None:
    assert format_op(TxOp(CREATE, "/a")) == "create /a"
    assert format_op(TxOp(CREATE, "/a/p_", b"x", ephemeral=True, sequential=True)) == (
        "create -e -s /a/p_ x"
    )
    assert format_op(TxOp(SET, "/a", b"two words", 4)) == "set /a 'two words' 4"
    assert format_op(TxOp(SET, "/a", b"", -1)) == 'set /a ""'
    assert format_op(TxOp(DELETE, "/a")) == "delete /a"
    assert format_op(TxOp(CHECK, "/a", version=-1)) == "check /a -1"
    assert format_data(b"it's") == "it's"  # (a quote inside a word is a character)
    assert format_data(b"it's me") == '"it\'s me"'
    assert format_data(b"\x00\xff") == '"\\x00\\xff"'
    assert format_data(b"#not a comment") == "'#not a comment'"


_paths = st.lists(
    st.text(
        st.characters(min_codepoint=0x20, max_codepoint=0xFFEF, exclude_characters="/"),
        min_size=1,
        max_size=8,
    ).filter(lambda n: n not in (".", "..")),
    min_size=1,
    max_size=3,
).map(lambda names: "/" + "/".join(names))
_ops = st.one_of(
    st.builds(
        TxOp,
        st.just(CREATE),
        _paths,
        st.binary(max_size=20),
        st.just(-1),
        st.booleans(),
        st.booleans(),
    ),
    st.builds(TxOp, st.just(SET), _paths, st.binary(max_size=20), st.integers(-1, 2**31 - 1)),
    st.builds(TxOp, st.just(DELETE), _paths, st.just(b""), st.integers(-1, 2**31 - 1)),
    st.builds(TxOp, st.just(CHECK), _paths, st.just(b""), st.integers(-1, 2**31 - 1)),
)


@given(st.lists(_ops, max_size=6))
def test_text_form_round_trips(ops: list[TxOp]) -> None:
    from zkinspector.zk import paths

    ops = [op for op in ops if _valid(paths, op.path)]
    assert parse(format_ops(ops)) == ops


def _valid(paths, path: str) -> bool:
    try:
        paths.validate_path(path)
    except paths.InvalidPath:
        return False
    return True
