/* LLM4Decompile's signature for task 81 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
char **func0(float *grades, int size) {
    int n;
    return numerical_letter_grade(grades, size, &n);
}
