//@@ header
#include <stdio.h>
#include <string.h>
//@@ helpers
//@@ doc_append
//@@ signature
void int_to_mini_romank(int number, char *result) {
//@@ solution
    const char *rep[] = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
    const int num[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    int pos = 0;
    result[0] = '\0';

    while(number > 0) {
        while (number >= num[pos]) {
            strcat(result, rep[pos]);
            number -= num[pos];
        }
        if (number > 0) pos++;
    }
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char out[4096] = {0};
        int_to_mini_romank(19, out);
        assert(strcmp(out, "xix") == 0);
    }
    {
        char out[4096] = {0};
        int_to_mini_romank(152, out);
        assert(strcmp(out, "clii") == 0);
    }
    {
        char out[4096] = {0};
        int_to_mini_romank(251, out);
        assert(strcmp(out, "ccli") == 0);
    }
    {
        char out[4096] = {0};
        int_to_mini_romank(426, out);
        assert(strcmp(out, "cdxxvi") == 0);
    }
    {
        char out[4096] = {0};
        int_to_mini_romank(500, out);
        assert(strcmp(out, "d") == 0);
    }
    {
        char out[4096] = {0};
        int_to_mini_romank(1, out);
        assert(strcmp(out, "i") == 0);
    }
    {
        char out[4096] = {0};
        int_to_mini_romank(4, out);
        assert(strcmp(out, "iv") == 0);
    }
    {
        char out[4096] = {0};
        int_to_mini_romank(43, out);
        assert(strcmp(out, "xliii") == 0);
    }
    {
        char out[4096] = {0};
        int_to_mini_romank(90, out);
        assert(strcmp(out, "xc") == 0);
    }
    {
        char out[4096] = {0};
        int_to_mini_romank(94, out);
        assert(strcmp(out, "xciv") == 0);
    }
    {
        char out[4096] = {0};
        int_to_mini_romank(532, out);
        assert(strcmp(out, "dxxxii") == 0);
    }
    {
        char out[4096] = {0};
        int_to_mini_romank(900, out);
        assert(strcmp(out, "cm") == 0);
    }
    {
        char out[4096] = {0};
        int_to_mini_romank(994, out);
        assert(strcmp(out, "cmxciv") == 0);
    }
    {
        char out[4096] = {0};
        int_to_mini_romank(1000, out);
        assert(strcmp(out, "m") == 0);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char out[4096] = {0};
        int_to_mini_romank(19, out);
        assert(strcmp(out, "xix") == 0);
    }
    {
        char out[4096] = {0};
        int_to_mini_romank(152, out);
        assert(strcmp(out, "clii") == 0);
    }
    {
        char out[4096] = {0};
        int_to_mini_romank(426, out);
        assert(strcmp(out, "cdxxvi") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed int_to_mini_romank.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
