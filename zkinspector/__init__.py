"""zkinspector: a fast desktop inspector for Apache ZooKeeper."""

__version__ = "0.1.0"
