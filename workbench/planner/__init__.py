"""The planner's core: editorial calendar knowledge and planning logic (no Qt, no GUI)."""
