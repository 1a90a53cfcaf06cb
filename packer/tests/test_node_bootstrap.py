"""node-bootstrap renders each role's configuration from its peers and starts services in order; only broker 0
initialises the cluster metadata, once."""
from __future__ import annotations

from pathlib import Path

import pytest

from node_harness import EXPERIMENT, FakeNode, instance

T0, T5, T60 = "2026-11-26T10:00:00+00:00", "2026-11-26T10:00:05+00:00", "2026-11-26T10:01:00+00:00"


def cluster(**extra) -> dict:
    return {
        "instances": [
            # Launch order: i-0b and i-0c share a launch time (one RunInstances call), so the id breaks the tie.
            instance("i-0c", "zookeeper", "10.42.1.12", T0),
            instance("i-0a", "zookeeper", "10.42.1.10", T5),
            instance("i-0b", "zookeeper", "10.42.1.11", T0),
            instance("i-0f", "zookeeper", "10.42.1.99", T0, experiment="another-experiment"),
            instance("i-0e", "zookeeper", "10.42.1.98", T0, state="terminated"),
            instance("i-1a", "bookkeeper", "10.42.1.20", T60, volumes={"/dev/xvda": "vol-0root", "/dev/sdf": "vol-0aaa", "/dev/sdg": "vol-0bbb"}),
            instance("i-1b", "bookkeeper", "10.42.1.21", T60),
            instance("i-2a", "broker", "10.42.1.30", T60),
            instance("i-2b", "broker", "10.42.1.31", T60),
            instance("i-3a", "client", "10.42.1.40", T60),
        ],
        "zookeeper_answers": {"ruok": "imok", "srvr": "Zookeeper version: 3.9\nMode: follower\n"},
        **extra,
    }


@pytest.fixture
def node(tmp_path: Path) -> FakeNode:
    return FakeNode(tmp_path, cluster())


def status(node: FakeNode) -> str:
    return (node.root / "var/lib/pulsar-lab/bootstrap.json").read_text()


@pytest.mark.parametrize("instance_id, zookeeper_id", [("i-0b", 1), ("i-0c", 2), ("i-0a", 3)])
def test_zookeeper_ids_follow_launch_time_then_instance_id(node: FakeNode, instance_id: str, zookeeper_id: int) -> None:
    node.update(instance_id=instance_id)
    result = node.bootstrap("zookeeper", "--zookeeper-count", "3")
    assert result.code == 0, result.stderr
    conf = node.conf("zookeeper.conf")
    assert (conf["server.1"], conf["server.2"], conf["server.3"]) == \
        ("10.42.1.11:2888:3888", "10.42.1.12:2888:3888", "10.42.1.10:2888:3888"), conf
    assert "server.4" not in conf, "another experiment's or a terminated node leaked into the ensemble"
    assert (node.root / "var/lib/pulsar-lab/data/zookeeper/myid").read_text().strip() == str(zookeeper_id)
    assert conf["dataDir"] == f"{node.root}/var/lib/pulsar-lab/data/zookeeper"
    assert conf["4lw.commands.whitelist"] == "ruok,srvr,mntr" and conf["admin.enableServer"] == "false"
    assert ["enable", "--now", "zookeeper"] in node.argvs("systemctl")
    assert not [a for a in node.argvs("pulsar") if a[0] == "initialize-cluster-metadata"]
    assert '"status":"done"' in status(node)


def test_discovery_asks_ec2_for_this_experiment_and_component_only(node: FakeNode) -> None:
    node.update(instance_id="i-0a")
    assert node.bootstrap("zookeeper").code == 0
    query = node.argvs("aws")[0]
    assert query[:2] == ["ec2", "describe-instances"]
    assert f"Name=tag:ExperimentID,Values={EXPERIMENT}" in query and "Name=tag:Component,Values=zookeeper" in query
    assert "Name=instance-state-name,Values=pending,running" in query


def test_zookeeper_waits_until_the_whole_ensemble_is_visible(tmp_path: Path) -> None:
    node = FakeNode(tmp_path, cluster(instance_id="i-0a"))
    result = node.bootstrap("zookeeper", "--zookeeper-count", "5")
    assert result.code != 0
    assert "zookeeper peers did not appear (wanted 5)" in result.stderr
    assert '"status":"failed"' in status(node) and "discovering ZooKeeper" in status(node)
    assert not node.argvs("systemctl"), "nothing may start on a partial ensemble"


def test_broker_zero_initialises_the_cluster_metadata_exactly_once(node: FakeNode) -> None:
    node.update(instance_id="i-2a")
    first = node.bootstrap("broker", "--zookeeper-count", "3")
    assert first.code == 0, first.stderr
    inits = [a for a in node.argvs("pulsar") if a[0] == "initialize-cluster-metadata"]
    assert inits == [["initialize-cluster-metadata", "--cluster", "pulsar-lab",
                      "--metadata-store", "zk:10.42.1.11:2181,10.42.1.12:2181,10.42.1.10:2181",
                      "--configuration-metadata-store", "zk:10.42.1.11:2181,10.42.1.12:2181,10.42.1.10:2181",
                      "--web-service-url", "http://10.42.1.30:8080,http://10.42.1.31:8080",
                      "--broker-service-url", "pulsar://10.42.1.30:6650,pulsar://10.42.1.31:6650"]]
    # ZooKeeper was asked before initialising, and the broker started after.
    assert node.argvs("nc"), "broker 0 must wait for ZooKeeper to serve"
    assert ["enable", "--now", "pulsar-broker"] in node.argvs("systemctl")

    again = node.bootstrap("broker", "--zookeeper-count", "3")
    assert again.code == 0, again.stderr
    assert len([a for a in node.argvs("pulsar") if a[0] == "initialize-cluster-metadata"]) == 1, \
        "a second run must find the metadata and not initialise it again"
    assert "already exists" in again.stderr


def test_broker_configuration_points_at_the_ensemble_and_the_cluster(node: FakeNode) -> None:
    node.update(instance_id="i-2b", metadata_cluster="pulsar-lab")
    assert node.bootstrap("broker").code == 0
    conf = node.conf("broker.conf")
    assert conf["metadataStoreUrl"] == "zk:10.42.1.11:2181,10.42.1.12:2181,10.42.1.10:2181"
    assert conf["configurationMetadataStoreUrl"] == conf["metadataStoreUrl"]
    assert conf["clusterName"] == "pulsar-lab" and conf["advertisedAddress"] == "10.42.1.31"
    assert conf["managedLedgerDefaultEnsembleSize"] == "2"  # two bookies
    env = (node.root / "etc/pulsar-lab/pulsar-broker.env").read_text()
    assert "-Xmx1953m" in env and "MaxDirectMemorySize=3906m" in env, env  # 25 % / 50 % of 7812 MiB


def test_other_brokers_never_initialise_and_wait_for_broker_zero(node: FakeNode) -> None:
    node.update(instance_id="i-2b")
    result = node.bootstrap("broker")
    assert result.code != 0, "without metadata a broker other than 0 must not start"
    assert not [a for a in node.argvs("pulsar") if a[0] == "initialize-cluster-metadata"]
    assert not [a for a in node.argvs("systemctl") if a[:2] == ["enable", "--now"]]
    assert "waiting for the cluster metadata" in status(node)

    node.update(metadata_cluster="pulsar-lab")
    assert node.bootstrap("broker").code == 0
    assert not [a for a in node.argvs("pulsar") if a[0] == "initialize-cluster-metadata"]
    assert ["enable", "--now", "pulsar-broker"] in node.argvs("systemctl")


def test_bookie_mounts_its_ebs_volumes_by_volume_id_and_configures_bookkeeper(node: FakeNode) -> None:
    by_id = node.root / "dev/disk/by-id"
    by_id.mkdir(parents=True)
    for volume in ("vol0aaa", "vol0bbb"):
        (by_id / f"nvme-Amazon_Elastic_Block_Store_{volume}").write_text("")
    node.update(instance_id="i-1a", metadata_cluster="pulsar-lab")
    result = node.bootstrap("bookkeeper")
    assert result.code == 0, result.stderr
    journal, ledgers = by_id / "nvme-Amazon_Elastic_Block_Store_vol0aaa", by_id / "nvme-Amazon_Elastic_Block_Store_vol0bbb"
    assert node.argvs("mkfs.xfs") == [["-q", "-L", "journal", str(journal)], ["-q", "-L", "ledgers", str(ledgers)]]
    assert node.argvs("mount") == [["-o", "noatime", str(journal), f"{node.root}/mnt/journal"],
                                   ["-o", "noatime", str(ledgers), f"{node.root}/mnt/ledgers"]]
    fstab = (node.root / "etc/fstab").read_text()
    assert "UUID=uuid-nvme-Amazon_Elastic_Block_Store_vol0aaa /mnt/journal xfs noatime,nofail 0 2" in fstab
    conf = node.conf("bookkeeper.conf")
    assert conf["zkServers"] == "10.42.1.11:2181,10.42.1.12:2181,10.42.1.10:2181"
    assert conf["metadataServiceUri"] == "zk+hierarchical://10.42.1.11:2181;10.42.1.12:2181;10.42.1.10:2181/ledgers"
    assert conf["journalDirectories"] == f"{node.root}/mnt/journal/bookkeeper-journal"
    assert conf["ledgerDirectories"] == f"{node.root}/mnt/ledgers/bookkeeper-ledgers"
    assert conf["advertisedAddress"] == "10.42.1.20"
    assert ["enable", "--now", "bookkeeper"] in node.argvs("systemctl")

    # Run again (a reboot): the disks have a file system now and are not formatted twice.
    assert node.bootstrap("bookkeeper").code == 0
    assert len(node.argvs("mkfs.xfs")) == 2
    assert (node.root / "etc/fstab").read_text().count("/mnt/journal") == 1


def test_bookie_on_instance_store_puts_the_journal_on_the_first_disk(node: FakeNode) -> None:
    by_id = node.root / "dev/disk/by-id"
    by_id.mkdir(parents=True)
    for serial in ("AWS2222", "AWS1111", "AWS1111-part1"):
        (by_id / f"nvme-Amazon_EC2_NVMe_Instance_Storage_{serial}").write_text("")
    node.update(instance_id="i-1b", metadata_cluster="pulsar-lab")
    result = node.bootstrap("bookkeeper")
    assert result.code == 0, result.stderr
    assert [a[-1] for a in node.argvs("mkfs.xfs")] == [str(by_id / "nvme-Amazon_EC2_NVMe_Instance_Storage_AWS1111"),
                                                       str(by_id / "nvme-Amazon_EC2_NVMe_Instance_Storage_AWS2222")]


def test_bookie_without_disks_fails_and_says_why(node: FakeNode) -> None:
    node.update(instance_id="i-1b", metadata_cluster="pulsar-lab")
    result = node.bootstrap("bookkeeper")
    assert result.code != 0
    assert "no journal/ledger disks" in result.stderr
    assert '"status":"failed"' in status(node)


def test_client_only_checks_the_benchmark_is_installed(node: FakeNode) -> None:
    node.update(instance_id="i-3a")
    assert node.bootstrap("client").code == 0
    assert not node.argvs("systemctl")
    assert "ROLE=client" in (node.root / "etc/pulsar-lab/node.env").read_text()


@pytest.mark.parametrize("option, value", [
    ("--cluster-name", "x;touch /tmp/pwned"), ("--cluster-name", "$(id)"), ("--experiment-id", "Bad`id`"),
    ("--role", "broker\nclient"), ("--region", "us-east-1;ls"),
])
def test_arguments_that_could_reach_a_file_or_a_command_are_refused(node: FakeNode, option: str, value: str) -> None:
    node.update(instance_id="i-0a")
    arguments = {"--role": "zookeeper", "--experiment-id": EXPERIMENT, "--region": "us-east-1",
                 "--bucket": "pulsar-aws-lab-results-123456789012", "--cluster-name": "pulsar-lab", option: value}
    result = node.run("node-bootstrap", *[part for pair in arguments.items() for part in pair])
    assert result.code == 2, result.stderr
    assert not node.argvs("aws") and not node.argvs("systemctl")
