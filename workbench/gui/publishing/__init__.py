"""Print publishing in the desktop app: issue assembly (publications, issues, sections and
their articles, drag and drop), the publish dialog, and bilingual review documents.

``controller.PublishingController`` adds the Publishing menu to the main window."""
