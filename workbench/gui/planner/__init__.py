"""The content plan in the desktop app: month and week calendars with solar terms,
festivals and holidays, a campaign timeline, a kanban board, a list, the team's workload
and a campaign report; dialogs for items, series, campaigns, people, channels and
observances; the solar-term series in one action; iCalendar/Excel/CSV export and import.

``controller.PlannerController`` adds the Plan menu to the main window; the work is done
by ``workbench.planner`` (the GUI only shows and asks)."""
