"""Steps for the data pipelines people already run: ``cleaner.integrations.datatrove`` (a datatrove
PipelineStep) and ``cleaner.integrations.nemo_curator`` (a NeMo Curator DocumentModifier). Each needs its
library (the extras ``datatrove`` and ``nemo``); importing this package imports neither."""
