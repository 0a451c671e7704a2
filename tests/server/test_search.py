"""Search against a real server: exact results for names, paths, data and node types."""

from __future__ import annotations

import pytest
from kazoo.client import KazooClient
from kazoo.exceptions import NoNodeError

from tests.sample_trees import EPHEMERAL, TREE
from zkinspector.zk.search import SearchCriteria, search


def found(client: KazooClient, **kw) -> set[str]:
    return {hit.path for hit in search(client, SearchCriteria(**kw))}


# ---------------------------------------------------------------------------
# search() against the server: exact results


def test_name_text_glob_and_regex(zk_client, sample_tree):
    # Plain text: anywhere in the name, case-insensitive unless asked.
    assert found(zk_client, text="lock") == {
        "/app/locks",
        "/app/locks/lock-0000000001",
        "/app/locks/lock-0000000002",
        "/app/locks/Lock-0000000003",
    }
    assert found(zk_client, text="Lock", case_sensitive=True) == {"/app/locks/Lock-0000000003"}
    # A glob matches the whole name.
    assert found(zk_client, text="lock-*") == {
        "/app/locks/lock-0000000001",
        "/app/locks/lock-0000000002",
        "/app/locks/Lock-0000000003",
    }
    assert found(zk_client, text="?") == {"/kafka/brokers/ids/1", "/kafka/brokers/ids/2"}
    # A regex is searched in the name.
    assert found(zk_client, text=r"^lock-\d+2$", regex=True) == {"/app/locks/lock-0000000002"}


def test_path_text_glob_and_regex(zk_client, sample_tree):
    assert found(zk_client, text="brokers/ids/", field="path") == {
        "/kafka/brokers/ids/1",
        "/kafka/brokers/ids/2",
    }
    assert found(zk_client, text="brokers/*/orders", field="path") == {
        "/kafka/brokers/topics/orders"
    }
    assert found(zk_client, text="/kafka/**/state", field="path") == {
        "/kafka/brokers/topics/orders/state"
    }
    assert found(zk_client, text="/app/*", field="path") == {
        "/app/config",
        "/app/locks",
        "/app/members",
    }
    assert found(zk_client, text=r"^/kafka/brokers/ids/\d$", field="path", regex=True) == {
        "/kafka/brokers/ids/1",
        "/kafka/brokers/ids/2",
    }


def test_data_text_regex_and_binary(zk_client, sample_tree):
    assert found(zk_client, text="9092", field="data") == {
        "/kafka/brokers/ids/1",
        "/kafka/brokers/ids/2",
    }
    assert found(zk_client, text="mode", field="data") == {
        "/app/config",
        "/app/config/feature-flags",
    }
    assert found(zk_client, text="Mode", field="data", case_sensitive=True) == {"/app/config"}
    assert found(zk_client, text=r'"port":\s*9092', field="data", regex=True) == {
        "/kafka/brokers/ids/1",
        "/kafka/brokers/ids/2",
    }
    assert found(zk_client, text=r"^beta=off$", field="data", regex=True) == set()
    assert found(zk_client, text=r"(?m)^beta=off$", field="data", regex=True) == {
        "/app/config/feature-flags"
    }
    # Binary data (not UTF-8): plain text by its bytes, a regex byte for byte.
    assert found(zk_client, text="secret", field="data") == {"/bin/blob"}
    assert found(zk_client, text=r"\x00\x01\xff", field="data", regex=True) == {"/bin/blob"}
    assert found(zk_client, text=r"caf\xe9", field="data", regex=True) == {"/bin/latin"}


def test_node_types_and_subtree(zk_client, sample_tree):
    seq = sample_tree["seq"]
    assert found(zk_client, kind="ephemeral") == {*EPHEMERAL, seq}
    assert found(zk_client, kind="sequential") == {
        "/app/locks/lock-0000000001",
        "/app/locks/lock-0000000002",
        "/app/locks/Lock-0000000003",
        seq,
    }
    assert found(zk_client, text="m-", kind="persistent") == set()
    assert found(zk_client, text="m", kind="ephemeral") == {*EPHEMERAL}
    # Empty text: every node of the type, under the chosen root (the root included).
    assert found(zk_client, root="/kafka/brokers/ids") == {
        "/kafka/brokers/ids",
        "/kafka/brokers/ids/1",
        "/kafka/brokers/ids/2",
    }
    everything = found(zk_client)
    assert everything >= set(TREE) | {"/", *EPHEMERAL, seq}
    hits = {h.path: h for h in search(zk_client, SearchCriteria(root="/kafka", text="1"))}
    assert hits["/kafka/brokers/ids/1"].kind == "persistent"
    assert hits["/kafka/brokers/ids/1"].size == len(TREE["/kafka/brokers/ids/1"])
    with pytest.raises(NoNodeError):
        found(zk_client, root="/no/such/node")
