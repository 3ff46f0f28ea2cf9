/* LLM4Decompile's signature for task 156 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(int number, char *result) {
    char *r = int_to_mini_romank(number);
    strcpy(result, r);
    free(r);
}
