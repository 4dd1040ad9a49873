"""Test-suite settings shared by every test."""

from hypothesis import HealthCheck, settings

# Property tests check what the law says, not how fast a shared CI machine is: no per-example
# deadline (a busy core must not turn a correct example into a failure), and no health check
# on slow data generation for the same reason.
settings.register_profile("qinzhou", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("qinzhou")
