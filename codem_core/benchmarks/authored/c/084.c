//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The result is allocated with malloc; the caller frees it.
//@@ signature
char* solve(int N) {
//@@ solution
    char str[6];
    sprintf(str, "%d", N);
    int sum = 0;
    for (int i = 0; str[i] != '\0'; i++)
        sum += str[i] - '0';

    char* bi = malloc(33);
    int index = 0;
    if (sum == 0) {
        bi[index++] = '0';
    } else {
        while (sum > 0) {
            bi[index++] = (sum % 2) + '0';
            sum /= 2;
        }
    }
    bi[index] = '\0';

    for (int i = 0; i < index / 2; i++) {
        char temp = bi[i];
        bi[i] = bi[index - i - 1];
        bi[index - i - 1] = temp;
    }

    return bi;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *r = solve(1000);
        assert(strcmp(r, "1") == 0);
        free(r);
    }
    {
        char *r = solve(150);
        assert(strcmp(r, "110") == 0);
        free(r);
    }
    {
        char *r = solve(147);
        assert(strcmp(r, "1100") == 0);
        free(r);
    }
    {
        char *r = solve(333);
        assert(strcmp(r, "1001") == 0);
        free(r);
    }
    {
        char *r = solve(963);
        assert(strcmp(r, "10010") == 0);
        free(r);
    }
    return 0;
}
//@@ example_test
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed solve.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
