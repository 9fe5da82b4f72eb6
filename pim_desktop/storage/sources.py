"""Where an operation is: a file's path, or a shared server's address. Told apart without loading the
server's modules (SQLAlchemy, the driver), so that a command on a file starts as fast as before."""

SCHEMES = ("postgresql://", "postgres://")
ROLES = ("reader", "editor", "admin")  # a server's logins: each may do what the one before may, and more


def is_server_url(source: object) -> bool:
    return isinstance(source, str) and source.startswith(SCHEMES)
