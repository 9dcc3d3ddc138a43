"""The Spark job as ``spark-submit`` runs it: this file is the driver script.

    spark-submit --master yarn --py-files storyline.zip "$(python -c 'import storyline.submit as m; print(m.__file__)')" \\
        s3a://bucket/articles/ s3a://bucket/storyline-out parquet [storyline.toml]

``spark-submit`` runs its script outside any package, so the job's own module (``storyline/spark.py``,
whose imports are relative) cannot be the script; this one imports it absolutely.  The workers need
storyline and its dependencies: installed on every node, or shipped (``--py-files`` for the package,
``--archives`` for a packed virtual environment).  README "Corpus runs" says how.
"""

from storyline.spark import main

if __name__ == "__main__":
    main()
