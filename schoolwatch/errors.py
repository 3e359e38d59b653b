"""Errors the CLI turns into one clear line: ConfigError exits 2, JobError exits 1."""


class SchoolwatchError(Exception):
    """Base for errors whose message is written for the person running the command."""


class ConfigError(SchoolwatchError):
    """The config file is missing, malformed or has a bad value; the message names the key."""


class JobError(SchoolwatchError):
    """A job (crawl, classify, report) could not finish; the message names what failed."""
