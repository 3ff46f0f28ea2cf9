/* LLM4Decompile's signature for task 159 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(int number, int need, int remaining, int result[2]) {
    int n;
    int *r = eat(number, need, remaining, &n);
    memcpy(result, r, n * sizeof *r);
    free(r);
}
