from tests.server.fixtures import *  # noqa: F403
