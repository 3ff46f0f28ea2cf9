//@@ header
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
//@@ helpers
//@@ doc_append
operato has operato_size strings, operand has operand_size ints (operand_size == operato_size + 1).
//@@ signature
int do_algebra(const char **operato, const int *operand, int operato_size, int operand_size) {
//@@ solution
    int *num = (int*)malloc(operand_size * sizeof(int));
    int *posto = (int*)malloc(operand_size * sizeof(int));
    for (int i = 0; i < operand_size; i++) {
        num[i] = operand[i];
        posto[i] = i;
    }
    for (int i = 0; i < operato_size; i++) {
        if (strcmp(operato[i], "**") == 0) {
            while (posto[posto[i]] != posto[i]) posto[i] = posto[posto[i]];
            while (posto[posto[i + 1]] != posto[i + 1]) posto[i + 1] = posto[posto[i + 1]];
            num[posto[i]] = pow(num[posto[i]], num[posto[i + 1]]);
            posto[i + 1] = posto[i];
        }
    }
    for (int i = 0; i < operato_size; i++) {
        if (strcmp(operato[i], "*") == 0 || strcmp(operato[i], "//") == 0) {
            while (posto[posto[i]] != posto[i]) posto[i] = posto[posto[i]];
            while (posto[posto[i + 1]] != posto[i + 1]) posto[i + 1] = posto[posto[i + 1]];
            if (strcmp(operato[i], "*") == 0)
                num[posto[i]] *= num[posto[i + 1]];
            else
                num[posto[i]] /= num[posto[i + 1]];
            posto[i + 1] = posto[i];
        }
    }
    for (int i = 0; i < operato_size; i++) {
        if (strcmp(operato[i], "+") == 0 || strcmp(operato[i], "-") == 0) {
            while (posto[posto[i]] != posto[i]) posto[i] = posto[posto[i]];
            while (posto[posto[i + 1]] != posto[i + 1]) posto[i + 1] = posto[posto[i + 1]];
            if (strcmp(operato[i], "+") == 0)
                num[posto[i]] += num[posto[i + 1]];
            else
                num[posto[i]] -= num[posto[i + 1]];
            posto[i + 1] = posto[i];
        }
    }
    int result = num[0];
    free(num);
    free(posto);
    return result;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    { const char *ops[] = {"**", "*", "+"}; int operand[] = {2, 3, 4, 5}; assert(do_algebra(ops, operand, 3, 4) == 37); }
    { const char *ops[] = {"+", "*", "-"}; int operand[] = {2, 3, 4, 5}; assert(do_algebra(ops, operand, 3, 4) == 9); }
    { const char *ops[] = {"//", "*"}; int operand[] = {7, 3, 4}; assert(do_algebra(ops, operand, 2, 3) == 8); }
    return 0;
}
//@@ example_test
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed do_algebra.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: test by hand from the C++ test.
